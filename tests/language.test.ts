import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../src/bind/overrides.js';
import { configBooks } from '../src/config/config-books.js';
import { parseConfig } from '../src/config/load-config.js';
import { parse } from '../src/parse.js';
import { detectLanguage } from '../src/parse/language/detect.js';

/** A few sentences of prose per language, as a story's first paragraphs would be. */
const PROSE: [string, string][] = [
  ['en', 'The ferry left at six, whether or not anyone was on it. Mara had missed it twice that week, and both times the harbourmaster had only shrugged and pointed at the timetable nailed to the shed, as if the paper could explain why the sea did not wait for anybody.'],
  ['de', 'Die Fähre fuhr um sechs, ob jemand an Bord war oder nicht. Mara hatte sie in dieser Woche zweimal verpasst, und beide Male hatte der Hafenmeister nur mit den Schultern gezuckt und auf den Fahrplan gezeigt, der an die Hütte genagelt war.'],
  ['fr', 'Le bac partait à six heures, qu’il y ait quelqu’un à bord ou non. Mara l’avait manqué deux fois cette semaine, et les deux fois le maître de port s’était contenté de hausser les épaules en montrant l’horaire cloué sur la cabane.'],
  ['es', 'El transbordador salía a las seis, hubiera alguien a bordo o no. Mara lo había perdido dos veces esa semana, y las dos veces el capitán del puerto solo se había encogido de hombros y había señalado el horario clavado en la caseta.'],
  ['it', 'Il traghetto partiva alle sei, che ci fosse qualcuno a bordo oppure no. Mara lo aveva perso due volte quella settimana, e tutte e due le volte il capitano del porto si era limitato a stringersi nelle spalle indicando l’orario inchiodato alla baracca.'],
  ['pt', 'A balsa saía às seis, houvesse alguém a bordo ou não. Mara a tinha perdido duas vezes naquela semana, e nas duas vezes o capitão do porto apenas tinha dado de ombros e apontado para o horário pregado na parede do barracão.'],
  ['nl', 'De veerboot vertrok om zes uur, of er nu iemand aan boord was of niet. Mara had hem die week al twee keer gemist, en beide keren had de havenmeester alleen zijn schouders opgehaald en naar de dienstregeling gewezen die op de schuur was gespijkerd.'],
  ['pl', 'Prom odpływał o szóstej, niezależnie od tego, czy ktoś był na pokładzie. Mara spóźniła się na niego dwa razy w tym tygodniu i za każdym razem kapitan portu tylko wzruszał ramionami i wskazywał rozkład przybity do szopy.'],
  ['sv', 'Färjan gick klockan sex, vare sig någon var ombord eller inte. Mara hade missat den två gånger den veckan, och båda gångerna hade hamnkaptenen bara ryckt på axlarna och pekat på tidtabellen som var spikad på boden vid kajen.'],
  ['cs', 'Přívoz odjížděl v šest, ať už na palubě někdo byl, nebo ne. Mara ho ten týden zmeškala dvakrát a pokaždé jen správce přístavu pokrčil rameny a ukázal na jízdní řád přibitý na dřevěné boudě u mola.'],
  ['tr', 'Feribot, gemide kimse olsun ya da olmasın, saat altıda kalkıyordu. Mara o hafta iki kez kaçırmıştı ve her seferinde liman müdürü sadece omuz silkip kulübeye çakılmış tarifeyi göstermişti, sanki kâğıt denizin neden kimseyi beklemediğini açıklayabilirmiş gibi.'],
  ['id', 'Kapal feri berangkat pukul enam, entah ada penumpang atau tidak. Mara sudah dua kali ketinggalan minggu itu, dan dua kali pula kepala pelabuhan hanya mengangkat bahu sambil menunjuk jadwal yang dipaku di dinding gudang.'],
  ['ru', 'Паром отходил в шесть, был ли кто-нибудь на борту или нет. Мара опоздала на него уже дважды за эту неделю, и оба раза начальник порта только пожимал плечами и показывал на расписание, прибитое к сараю.'],
  ['uk', 'Пором відходив о шостій, чи був хтось на борту, чи ні. Мара спізнилася на нього вже двічі цього тижня, і щоразу начальник порту тільки знизував плечима й показував на розклад, прибитий до повітки.'],
  ['zh-Hans', '渡轮六点开，不管船上有没有人。这个星期玛拉已经错过了两次，两次港务长都只是耸耸肩，指着钉在棚子上的时刻表，好像那张纸能说明大海为什么不等任何人。'],
  ['zh-Hant', '渡輪六點開，不管船上有沒有人。這個星期瑪拉已經錯過了兩次，兩次港務長都只是聳聳肩，指著釘在棚子上的時刻表，好像那張紙能說明大海為什麼不等任何人。'],
  ['ja', 'フェリーは誰が乗っていようといまいと六時に出る。マーラはその週、もう二度も乗り遅れていた。二度とも港長は肩をすくめて、小屋に釘で打ちつけられた時刻表を指さしただけだった。'],
  ['ko', '여객선은 누가 타든 안 타든 여섯 시에 떠났다. 마라는 그 주에만 벌써 두 번이나 배를 놓쳤고, 두 번 모두 항만장은 어깨를 으쓱하며 창고 벽에 못 박힌 시간표를 가리킬 뿐이었다.'],
  ['th', 'เรือข้ามฟากออกตอนหกโมงเช้า ไม่ว่าจะมีคนอยู่บนเรือหรือไม่ก็ตาม สัปดาห์นั้นมาราพลาดเรือไปแล้วสองครั้ง และทั้งสองครั้งนายท่าก็แค่ยักไหล่แล้วชี้ไปที่ตารางเวลาที่ตอกไว้กับเพิง'],
  ['vi', 'Chuyến phà rời bến lúc sáu giờ, dù có ai trên đó hay không. Tuần ấy Mara đã lỡ chuyến hai lần, và cả hai lần ông trưởng bến chỉ nhún vai rồi chỉ vào bảng giờ đóng đinh trên vách lán, như thể tờ giấy có thể giải thích vì sao biển không chờ ai.'],
  ['ar', 'كانت العبّارة تغادر في السادسة، سواء كان على متنها أحد أم لا. فاتت مارا مرتين في ذلك الأسبوع، وفي المرتين هزّ مدير الميناء كتفيه فقط وأشار إلى جدول المواعيد المثبّت على جدار الكوخ.'],
  ['fa', 'کشتی ساعت شش حرکت می‌کرد، چه کسی سوارش بود چه نبود. مارا آن هفته دو بار از کشتی جا مانده بود و هر دو بار رئیس بندر فقط شانه‌ای بالا انداخته و به برنامهٔ زمانی که به دیوار کلبه میخ شده بود اشاره کرده بود.'],
  ['he', 'המעבורת יצאה בשש, בין אם היה עליה מישהו ובין אם לא. מארה פספסה אותה פעמיים באותו שבוע, ובשתי הפעמים מנהל הנמל רק משך בכתפיו והצביע על לוח הזמנים שהיה ממוסמר לקיר הצריף.'],
  ['el', 'Το φέρι έφευγε στις έξι, είτε υπήρχε κάποιος πάνω του είτε όχι. Η Μάρα το είχε χάσει δύο φορές εκείνη την εβδομάδα, και τις δύο φορές ο λιμενάρχης απλώς σήκωσε τους ώμους και έδειξε το πρόγραμμα καρφωμένο στην παράγκα.'],
  ['hu', 'A komp hatkor indult, akár volt rajta valaki, akár nem. Mara azon a héten már kétszer lekéste, és a révkapitány mindkétszer csak vállat vont, és a bódéra szögezett menetrendre mutatott, mintha a papír megmagyarázhatná, miért nem vár a tenger senkire.'],
  ['fi', 'Lautta lähti kuudelta, oli siinä ketään tai ei. Mara oli myöhästynyt siitä kahdesti sillä viikolla, ja kummallakin kerralla satamamestari vain kohautti olkapäitään ja osoitti vajan seinään naulattua aikataulua, ikään kuin paperi voisi selittää, miksi meri ei odota ketään.'],
  ['nb', 'Ferja gikk klokka seks, enten det var noen om bord eller ikke. Mara hadde mistet den to ganger den uka, og begge gangene hadde havnefogden bare trukket på skuldrene og pekt på ruteplanen som var spikret fast på boden, som om papiret kunne forklare hvorfor havet ikke ventet på noen.'],
  ['nn', 'Ferja gjekk klokka seks, anten det var nokon om bord eller ikkje. Mara hadde mista henne to gonger den veka, og begge gongene hadde hamnefuten berre trekt på skuldrene og peika på ruteplanen som var spikra fast på bua, som om papiret kunne forklare kvifor havet ikkje venta på nokon.'],
  ['da', 'Færgen sejlede klokken seks, uanset om der var nogen om bord eller ej. Mara havde misset den to gange den uge, og begge gange havde havnefogeden bare trukket på skuldrene og peget på køreplanen, der var sømmet fast på skuret, som om papiret kunne forklare, hvorfor havet ikke ventede på nogen.'],
  ['ro', 'Feribotul pleca la șase, fie că era cineva la bord, fie că nu. Mara îl pierduse de două ori în săptămâna aceea, și de fiecare dată căpitanul portului doar ridicase din umeri și arătase spre orarul bătut în cuie pe peretele magaziei.'],
  ['sk', 'Trajekt odchádzal o šiestej, či už bol niekto na palube, alebo nie. Mara ho v ten týždeň zmeškala dvakrát a zakaždým správca prístavu iba pokrčil plecami a ukázal na cestovný poriadok pribitý na drevenej búde pri móle, akoby papier vedel vysvetliť, prečo more na ľudí vôbec nečaká.'],
  ['sr', 'Трајект је полазио у шест, било да је неко био на палуби или не. Мара га је те недеље пропустила два пута, и оба пута је лучки капетан само слегнуо раменима и показао на ред вожње закуцан на шупу, као да папир може да објасни зашто море никога не чека.'],
  ['bg', 'Фериботът тръгваше в шест, независимо дали някой беше на борда. Мара го беше изпуснала два пъти през онази седмица и двата пъти началникът на пристанището само вдигаше рамене и сочеше разписанието, заковано на бараката.'],
  ['hi', 'नाव छह बजे चलती थी, चाहे उस पर कोई हो या न हो। उस हफ़्ते मारा उसे दो बार छोड़ चुकी थी, और दोनों बार बंदरगाह के अफ़सर ने बस कंधे उचका दिए और झोंपड़ी पर कीलों से टंगी समय-सारणी की ओर इशारा कर दिया।'],
  ['ca', 'El transbordador sortia a les sis, tant si hi havia algú a bord com si no. Aquella setmana la Mara l’havia perdut dues vegades, i les dues vegades el capità del port només havia arronsat les espatlles i havia assenyalat l’horari clavat a la barraca, com si el paper pogués explicar per què el mar no espera ningú. Però ella hi tornava cada dia amb la mateixa pressa, perquè també sabia que el mar era molt més pacient que els homes.'],
  ['eo', 'La pramo foriris je la sesa, ĉu iu estis surŝipe aŭ ne. Mara jam dufoje maltrafis ĝin tiun semajnon, kaj ambaŭfoje la havenestro nur levis la ŝultrojn kaj montris la horaron najlitan al la budo, kvazaŭ la papero povus klarigi, kial la maro atendas neniun.'],
  ['is', 'Ferjan fór klukkan sex, hvort sem einhver var um borð eða ekki. Mara hafði misst af henni tvisvar þá vikuna, og í bæði skiptin hafði hafnarstjórinn bara yppt öxlum og bent á tímatöfluna sem var negld á skúrinn, eins og blaðið gæti útskýrt hvers vegna hafið bíður ekki eftir neinum.'],
  ['bn', 'খেয়া ছাড়ত ছ’টায়, তাতে কেউ থাকুক বা না থাকুক। সেই সপ্তাহে মারা দু’বার খেয়া ধরতে পারেনি, আর দু’বারই ঘাটের কর্তা কেবল কাঁধ ঝাঁকিয়ে চালাঘরের দেয়ালে পেরেক দিয়ে আটকানো সময়সূচির দিকে আঙুল তুলেছিলেন।'],
  ['ur', 'کشتی چھ بجے روانہ ہوتی تھی، چاہے اس پر کوئی ہو یا نہ ہو۔ اس ہفتے مارا دو بار اس سے رہ گئی تھی، اور دونوں بار بندرگاہ کے افسر نے صرف کندھے اچکائے اور جھونپڑی پر ٹھکے ہوئے اوقات نامے کی طرف اشارہ کر دیا۔'],
  ['ka', 'ბორანი ექვს საათზე გადიოდა, იყო ვინმე ბორტზე თუ არა. მარამ იმ კვირაში ორჯერ დააგვიანა, და ორივეჯერ ნავსადგურის უფროსმა მხოლოდ მხრები აიჩეჩა და ფარდულზე მიჭედებულ განრიგზე მიუთითა.'],
  ['hy', 'Լաստանավը մեկնում էր ժամը վեցին, անկախ նրանից՝ որևէ մեկը նրա վրա կար, թե ոչ։ Մարան այդ շաբաթ երկու անգամ ուշացել էր, և երկու անգամն էլ նավահանգստի պետը միայն ուսերն էր թոթվել ու ցույց տվել տնակին մեխված չվացուցակը։'],
  ['ta', 'படகு ஆறு மணிக்குப் புறப்பட்டது, அதில் யாராவது இருந்தாலும் இல்லாவிட்டாலும். அந்த வாரம் மாரா இரண்டு முறை அதைத் தவறவிட்டாள், இரண்டு முறையும் துறைமுக அதிகாரி தோள்களைக் குலுக்கிவிட்டு கொட்டகையில் அடிக்கப்பட்டிருந்த கால அட்டவணையைக் காட்டினார்.'],
  ['te', 'పడవ ఆరు గంటలకు బయలుదేరేది, దానిలో ఎవరైనా ఉన్నా లేకపోయినా. ఆ వారం మారా రెండుసార్లు దాన్ని అందుకోలేకపోయింది, రెండుసార్లూ రేవు అధికారి భుజాలు ఎగరేసి షెడ్డుకు మేకులతో కొట్టిన సమయపట్టికను చూపించాడు.'],
  ['ml', 'ആരെങ്കിലും ഉണ്ടെങ്കിലും ഇല്ലെങ്കിലും ബോട്ട് ആറു മണിക്ക് പുറപ്പെട്ടിരുന്നു. ആ ആഴ്ച മാര രണ്ടു തവണ അത് നഷ്ടപ്പെടുത്തിയിരുന്നു, രണ്ടു തവണയും തുറമുഖ ഉദ്യോഗസ്ഥൻ തോളുകൾ കുലുക്കി ഷെഡ്ഡിൽ ആണിയടിച്ചുവച്ച സമയപ്പട്ടിക ചൂണ്ടിക്കാണിച്ചു.'],
  ['pa', 'ਬੇੜੀ ਛੇ ਵਜੇ ਚੱਲਦੀ ਸੀ, ਭਾਵੇਂ ਉਸ ਉੱਤੇ ਕੋਈ ਹੋਵੇ ਜਾਂ ਨਾ ਹੋਵੇ। ਉਸ ਹਫ਼ਤੇ ਮਾਰਾ ਦੋ ਵਾਰ ਉਸ ਤੋਂ ਖੁੰਝ ਗਈ ਸੀ, ਅਤੇ ਦੋਵੇਂ ਵਾਰ ਬੰਦਰਗਾਹ ਦੇ ਅਫ਼ਸਰ ਨੇ ਬੱਸ ਮੋਢੇ ਉਚਕਾਏ ਅਤੇ ਛੱਪਰ ਉੱਤੇ ਕਿੱਲਾਂ ਨਾਲ ਟੰਗੀ ਸਮਾਂ-ਸਾਰਣੀ ਵੱਲ ਇਸ਼ਾਰਾ ਕਰ ਦਿੱਤਾ।'],
  ['si', 'කවුරු හරි හිටියත් නැතත් බෝට්ටුව හයට පිටත් වුණා. ඒ සතියේ මාරාට දෙපාරක්ම එය මග හැරුණා, දෙපාරම වරාය භාරකරු උරහිස් හකුළුවා මඩුවේ ඇණ ගසා තිබූ කාලසටහන පෙන්නුවා.'],
  ['my', 'လှေက ခြောက်နာရီမှာ ထွက်တယ်၊ ပေါ်မှာ လူရှိရှိ မရှိရှိ။ အဲဒီအပတ်မှာ မာရာ နှစ်ခါ လွတ်သွားခဲ့တယ်၊ နှစ်ခါစလုံး ဆိပ်ကမ်းမှူးက ပခုံးတွန့်ပြီး တဲမှာ သံရိုက်ထားတဲ့ အချိန်ဇယားကို လက်ညှိုးထိုးပြရုံပဲ။'],
  ['km', 'សាឡាងចេញដំណើរនៅម៉ោងប្រាំមួយ ទោះមានអ្នកជិះឬអត់ក៏ដោយ។ សប្តាហ៍នោះ ម៉ារ៉ាខកខានពីរដងហើយ ហើយទាំងពីរដង ប្រធានកំពង់ផែគ្រាន់តែញាក់ស្មា ហើយចង្អុលទៅតារាងពេលវេលាដែលគេដំដែកគោលជាប់នឹងខ្ទម។'],
  ['am', 'ጀልባዋ ማንም ቢኖርባትም ባይኖርባትም በአሥራ ሁለት ሰዓት ትነሳ ነበር። ማራ በዚያ ሳምንት ሁለት ጊዜ አምልጧት ነበር፤ ሁለቱንም ጊዜ የወደቡ ኃላፊ ትከሻውን ሰብቆ በጎጆው ላይ በሚስማር የተመታውን የጊዜ ሰሌዳ አሳየ።'],
  ['mr', 'नाव सहा वाजता सुटायची, त्यावर कोणी असो वा नसो. त्या आठवड्यात माराची ती दोनदा चुकली होती, आणि दोन्ही वेळा बंदराच्या अधिकाऱ्याने फक्त खांदे उडवले आणि झोपडीवर खिळ्यांनी ठोकलेल्या वेळापत्रकाकडे बोट दाखवले. समुद्र कोणासाठी थांबत नाही, हे त्याला माहीत आहे.'],
  ['ne', 'डुङ्गा छ बजे छुट्थ्यो, त्यसमा कोही होस् वा नहोस्। त्यो हप्ता माराले दुई पटक त्यसलाई छुटाइसकेकी थिई, र दुवै पटक बन्दरगाहका हाकिमले काँध मात्र हल्लाए र छाप्रोमा किलाले ठोकिएको समयतालिकातिर औंल्याए। समुद्र कसैलाई पर्खँदैन भन्ने कुरा उनलाई थाहा थियो।'],
  ['kk', 'Паром алтыда жүзіп кететін, бортында біреу болса да, болмаса да. Мара сол аптада оған екі рет кешігіп қалды, және екі ретте де порт бастығы иығын қиқаң еткізіп, қораға шегеленген кестені нұсқады.'],
  ['mn', 'Гатлага онгоц зургаан цагт хөдөлдөг байв, дээр нь хүн байсан ч, байгаагүй ч. Мара тэр долоо хоногт хоёр удаа хоцорсон бөгөөд хоёр удаа ч боомтын дарга зөвхөн мөрөө хавчиж, саравчинд хадсан хуваарийг заав.'],
  ['be', 'Паром адыходзіў а шостай, незалежна ад таго, ці быў хто на борце. Мара спазнілася на яго ўжо двойчы за гэты тыдзень, і абодва разы начальнік порта толькі паціскаў плячыма і паказваў на расклад, прыбіты да павеці.'],
  ['mk', 'Траектот тргнуваше во шест, без разлика дали некој ќе беше на палубата. Мара го пропушти двапати таа недела, и двата пати пристанишниот капетан само ги крена рамениците и покажа на возниот ред закован на ѕидот од бараката, како хартијата да може да објасни зошто морето не чека никого. Следната недела ќе стигне навреме.'],
  ['sq', 'Trageti nisej në orën gjashtë, pavarësisht nëse kishte njeri në bord apo jo. Mara e kishte humbur dy herë atë javë, dhe të dyja herët kapiteni i portit vetëm kishte ngritur supet dhe kishte treguar orarin e gozhduar në kasolle, sikur letra të mund të shpjegonte pse deti nuk pret për askënd.'],
  ['cy', 'Roedd y fferi yn gadael am chwech, p’un a oedd rhywun arni neu beidio. Roedd Mara wedi ei cholli ddwywaith yr wythnos honno, a’r ddau dro roedd meistr yr harbwr wedi codi ei ysgwyddau a phwyntio at yr amserlen wedi’i hoelio ar y sied, fel pe bai papur yn gallu esbonio pam nad oedd y môr yn aros am neb. Roedd y môr yn llwyd a’r tonnau’n uchel.'],
  ['ga', 'D’fhág an bád farantóireachta ag a sé a chlog, cibé an raibh duine ar bord nó nach raibh. Bhí sé caillte ag Mara faoi dhó an tseachtain sin, agus an dá uair níor dhein máistir an chalafoirt ach a ghuaillí a chroitheadh agus an clár ama a bhí greamaithe den bhothán a thaispeáint, amhail is go bhféadfadh an páipéar a mhíniú cén fáth nach bhfanann an fharraige le duine ar bith.'],
  ['az', 'Bərə saat altıda yola düşürdü, göyərtədə kimsə olsun ya olmasın. Mara o həftə onu iki dəfə qaçırmışdı və hər iki dəfə liman rəisi yalnız çiyinlərini çəkmiş və anbara mıxlanmış cədvələ işarə etmişdi, sanki kağız dənizin niyə heç kəsi gözləmədiyini izah edə bilərdi.'],
  ['lv', 'Prāmis atiet sešos, vienalga, vai uz tā kāds ir vai nav. Mara tajā nedēļā to bija nokavējusi divreiz, un abas reizes ostas pārzinis tikai paraustīja plecus un norādīja uz sarakstu, kas bija pienaglots pie šķūņa sienas, it kā papīrs varētu izskaidrot, kāpēc jūra nevienu negaida.'],
  ['lt', 'Keltas išplaukdavo šeštą, nesvarbu, ar kas nors buvo jame, ar ne. Mara tą savaitę jau du kartus jo nespėjo, ir abu kartus uosto viršininkas tik gūžtelėjo pečiais ir parodė į tvarkaraštį, prikaltą prie pašiūrės sienos, lyg popierius galėtų paaiškinti, kodėl jūra nieko nelaukia.'],
  ['et', 'Praam väljus kell kuus, olgu pardal keegi või mitte. Mara oli sel nädalal sellest juba kaks korda maha jäänud ja mõlemal korral oli sadamakapten ainult õlgu kehitanud ja näidanud kuuri seina külge naelutatud sõiduplaanile, nagu võiks paber seletada, miks meri kedagi ei oota.'],
];

describe('language detection', () => {
  it.each(PROSE)('reads %s prose as its language', (tag, text) => expect(detectLanguage(text)).toBe(tag));

  it('leaves a text too short to tell undecided', () => {
    expect(detectLanguage('Hi there.')).toBeNull();
  });

  const german = (header: string): Uint8Array =>
    new TextEncoder().encode(`Der Fährmann\n\n${header}Kapitel Eins\n\n${PROSE[1]![1]}\n\n${PROSE[1]![1]}\n`);

  it('stores the language of the body as meta.language when no field names one', () => {
    expect(parse(german(''), 'faehre.txt').meta.language).toBe('de');
  });

  it('believes a Language field, in any language, over the body', () => {
    expect(parse(german('Rating: General\nLanguage: English\n\n'), 'faehre.txt').meta.language).toBe('en');
    expect(parse(german('Gatunek: Obyczajowe\nJęzyk: polski\n\n'), 'faehre.txt').meta.language).toBe('pl');
  });

  it('believes front matter lang over the body', () => {
    const md = new TextEncoder().encode(`---\ntitle: Der Fährmann\nlang: de-AT\n---\n\n# Kapitel 1\n\n${PROSE[0]![1]}\n`);
    expect(parse(md, 'faehre.md').meta.language).toBe('de-AT');
  });

  it('lets quire.yaml language: override what was detected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-lang-'));
    writeFileSync(join(dir, 'faehre.txt'), german(''));
    const config = parseConfig('books:\n  - stories:\n      - file: faehre.txt\n        language: de-CH\n', join(dir, 'quire.yaml'));
    const [book] = await configBooks(config, join(dir, 'quire.yaml'));
    const overrides = Object.values(book!.overrides ?? {})[0]!;
    expect(applyOverrides(parse(german(''), 'faehre.txt'), overrides).meta.language).toBe('de-CH');
  });
});
