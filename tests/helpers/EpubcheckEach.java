import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs epubcheck's own command line (what its Checker.main runs) on each EPUB path read from stdin, one
 * per line, and writes each report followed by a NUL line. One JVM for the books of a test worker: epubcheck
 * compiles its schemas once instead of once per book, which is most of the time a check takes.
 */
public class EpubcheckEach {
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    BufferedReader paths = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String path = paths.readLine(); path != null; path = paths.readLine()) {
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(report, true, StandardCharsets.UTF_8);
      System.setOut(capture);
      System.setErr(capture);
      try {
        new EpubChecker().run(new String[] { path });
      } catch (Throwable t) {
        t.printStackTrace(capture);
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      capture.flush();
      out.write(report.toByteArray());
      out.print("\n\u0000\n");
      out.flush();
    }
  }
}
