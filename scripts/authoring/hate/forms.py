"""Per language, the forms of each group that the sentence frames need.

P is the plural as it stands in a sentence (it is one of the plurals of
identity_terms.yaml). SELF is what a member says after "I am" in that
language (with the article or case it needs there); s is that speaker's
grammatical gender. g is the grammatical gender of the plural (pl: mp =
masculine-personal, nmp = the rest). Other columns: see each table.
"""

from __future__ import annotations

from lib import Entry

TABLES: dict[str, tuple[str, str]] = {}

TABLES["en"] = ("P | SELF", """
women | a woman
men | a man
trans_people | a trans woman
nonbinary_people | nonbinary
gay_men | a gay man
lesbians | a lesbian
bisexual_people | bisexual
lgbtq_people | queer
black_people | a Black woman
white_people | a white guy
asian_people | Asian
latino_people | Latina
arab_people | Arab
indigenous_people | Indigenous
roma_people | Romani
jewish_people | Jewish
muslims | a Muslim
christians | a Christian
hindus | a Hindu
sikhs | a Sikh
buddhists | a Buddhist
atheists | an atheist
immigrants | an immigrant
refugees | a refugee
disabled_people | a wheelchair user
deaf_people | deaf
blind_people | blind
autistic_people | autistic
people_with_mental_illness | a person with schizophrenia
older_people | a pensioner
people_with_hiv | HIV-positive
poor_people | on welfare
nationality:mexicans | Mexicans | Mexican
nationality:nigerians | Nigerians | Nigerian
nationality:romanians | Romanians | Romanian
nationality:pakistanis | Pakistanis | Pakistani
nationality:somalis | Somalis | Somali
nationality:syrians | Syrians | Syrian
""")

TABLES["de"] = ("P | SELF | ALS", """
women | eine Frau | Frau
men | ein Mann | Mann
trans_people | trans | trans Frau
nonbinary_people | nichtbinär | nichtbinäre Person
gay_men | schwul | schwuler Mann
lesbians | lesbisch | lesbische Frau
bisexual_people | bi | bisexuelle Frau
lgbtq_people | queer | queere Person
black_people | Schwarz | Schwarzer Mann
white_people | weiß | weiße Frau
asian_people | Asiatin | Asiatin
latino_people | Latina | Latina
arab_people | Araber | Araber
indigenous_people | indigen | indigene Frau
roma_people | Rom | Rom
jewish_people | Jüdin | Jüdin
muslims | Muslim | Muslim
christians | Christin | Christin
hindus | Hindu | Hindu
sikhs | Sikh | Sikh
buddhists | Buddhist | Buddhist
atheists | Atheistin | Atheistin
immigrants | Migrantin | Migrantin
refugees | als Flüchtling hergekommen | Geflüchteter
disabled_people | Rollstuhlfahrerin | Rollstuhlfahrerin
deaf_people | gehörlos | gehörlose Frau
blind_people | blind | blinder Mensch
autistic_people | Autist | Autist
people_with_mental_illness | psychisch krank | Mensch mit Schizophrenie
older_people | Rentnerin | Rentnerin
people_with_hiv | HIV-positiv | HIV-positiver Mann
poor_people | Bürgergeldempfänger | Bürgergeldempfänger
nationality:tuerken | Türken | Türkin | Türkin
nationality:rumaenen | Rumänen | Rumäne | Rumäne
nationality:syrer | Syrer | Syrerin | Syrerin
nationality:ukrainer | Ukrainer | Ukrainerin | Ukrainerin
""")

TABLES["es"] = ("P | g | SELF | s", """
women | mujeres | f | mujer | f
men | hombres | m | hombre | m
trans_people | personas trans | f | una mujer trans | f
nonbinary_people | personas no binarias | f | una persona no binaria | f
gay_men | gays | m | gay | m
lesbians | lesbianas | f | lesbiana | f
bisexual_people | bisexuales | m | bisexual | f
lgbtq_people | personas LGBT | f | parte del colectivo LGBT | m
black_people | negros | m | negro | m
white_people | blancos | m | blanco | m
asian_people | asiáticos | m | asiática | f
latino_people | latinos | m | latina | f
arab_people | árabes | m | árabe | m
indigenous_people | indígenas | m | indígena | f
roma_people | gitanos | m | gitana | f
jewish_people | judíos | m | judío | m
muslims | musulmanes | m | musulmana | f
christians | cristianos | m | cristiano | m
hindus | hindúes | m | hindú | m
sikhs | sijs | m | sij | m
buddhists | budistas | m | budista | f
atheists | ateos | m | ateo | m
immigrants | inmigrantes | m | inmigrante | f
refugees | refugiados | m | refugiado | m
disabled_people | personas con discapacidad | f | una persona con discapacidad | f
deaf_people | personas sordas | f | sorda | f
blind_people | ciegos | m | ciego | m
autistic_people | autistas | m | autista | m
people_with_mental_illness | personas con enfermedades mentales | f | bipolar | f
older_people | personas mayores | f | jubilada | f
people_with_hiv | personas con VIH | f | seropositivo | m
poor_people | pobres | m | pobre | f
nationality:venezolanos | venezolanos | m | venezolano | m
nationality:marroquies | marroquíes | m | marroquí | f
nationality:rumanos | rumanos | m | rumana | f
nationality:colombianos | colombianos | m | colombiano | m
""")

TABLES["fr"] = ("P | g | SELF | s", """
women | femmes | f | une femme | f
men | hommes | m | un homme | m
trans_people | personnes trans | f | une femme trans | f
nonbinary_people | personnes non binaires | f | une personne non binaire | f
gay_men | gays | m | gay | m
lesbians | lesbiennes | f | lesbienne | f
bisexual_people | personnes bisexuelles | f | bi | f
lgbtq_people | personnes LGBT | f | queer | m
black_people | Noirs | m | noir | m
white_people | Blancs | m | blanche | f
asian_people | Asiatiques | m | asiatique | f
latino_people | Latinos | m | latina | f
arab_people | Arabes | m | arabe | m
indigenous_people | Autochtones | m | autochtone | f
roma_people | Roms | m | rom | m
jewish_people | juifs | m | juive | f
muslims | musulmans | m | musulman | m
christians | chrétiens | m | chrétienne | f
hindus | hindous | m | hindou | m
sikhs | sikhs | m | sikh | m
buddhists | bouddhistes | m | bouddhiste | f
atheists | athées | m | athée | m
immigrants | immigrés | m | immigrée | f
refugees | réfugiés | m | réfugié | m
disabled_people | personnes handicapées | f | handicapée | f
deaf_people | sourds | m | sourd | m
blind_people | aveugles | m | aveugle | f
autistic_people | autistes | m | autiste | m
people_with_mental_illness | personnes atteintes de troubles psychiques | f | bipolaire | m
older_people | personnes âgées | f | retraitée | f
people_with_hiv | personnes séropositives | f | séropositif | m
poor_people | pauvres | m | au RSA | f
nationality:algeriens | Algériens | m | algérien | m
nationality:roumains | Roumains | m | roumaine | f
nationality:marocains | Marocains | m | marocain | m
nationality:maliens | Maliens | m | malienne | f
""")

TABLES["it"] = ("P | g | DEF | SELF | s", """
women | donne | f | le donne | una donna | f
men | uomini | m | gli uomini | un uomo | m
trans_people | persone trans | f | le persone trans | una donna trans | f
nonbinary_people | persone non binarie | f | le persone non binarie | una persona non binaria | f
gay_men | gay | m | i gay | gay | m
lesbians | lesbiche | f | le lesbiche | lesbica | f
bisexual_people | bisessuali | m | i bisessuali | bisessuale | f
lgbtq_people | persone LGBTQ | f | le persone LGBTQ | queer | m
black_people | neri | m | i neri | nera | f
white_people | bianchi | m | i bianchi | bianco | m
asian_people | asiatici | m | gli asiatici | asiatica | f
latino_people | latinoamericani | m | i latinoamericani | latinoamericano | m
arab_people | arabi | m | gli arabi | arabo | m
indigenous_people | indigeni | m | gli indigeni | indigena | f
roma_people | rom | m | i rom | rom | m
jewish_people | ebrei | m | gli ebrei | ebrea | f
muslims | musulmani | m | i musulmani | musulmano | m
christians | cristiani | m | i cristiani | cristiana | f
hindus | induisti | m | gli induisti | induista | m
sikhs | sikh | m | i sikh | sikh | m
buddhists | buddisti | m | i buddisti | buddista | f
atheists | atei | m | gli atei | ateo | m
immigrants | immigrati | m | gli immigrati | immigrata | f
refugees | rifugiati | m | i rifugiati | rifugiato | m
disabled_people | disabili | m | i disabili | disabile | f
deaf_people | sordi | m | i sordi | sorda | f
blind_people | ciechi | m | i ciechi | cieco | m
autistic_people | autistici | m | gli autistici | autistico | m
people_with_mental_illness | persone con disturbi mentali | f | le persone con disturbi mentali | bipolare | f
older_people | anziani | m | gli anziani | pensionato | m
people_with_hiv | persone sieropositive | f | le persone sieropositive | sieropositivo | m
poor_people | poveri | m | i poveri | povera | f
nationality:rumeni | rumeni | m | i rumeni | rumena | f
nationality:albanesi | albanesi | m | gli albanesi | albanese | m
nationality:marocchini | marocchini | m | i marocchini | marocchino | m
nationality:nigeriani | nigeriani | m | i nigeriani | nigeriana | f
""")

TABLES["pt"] = ("P | g | SELF | s", """
women | mulheres | f | mulher | f
men | homens | m | homem | m
trans_people | pessoas trans | f | uma mulher trans | f
nonbinary_people | pessoas não binárias | f | uma pessoa não binária | f
gay_men | gays | m | gay | m
lesbians | lésbicas | f | lésbica | f
bisexual_people | bissexuais | m | bissexual | f
lgbtq_people | pessoas LGBT | f | LGBT | m
black_people | negros | m | negro | m
white_people | brancos | m | branca | f
asian_people | asiáticos | m | asiático | m
latino_people | latinos | m | latina | f
arab_people | árabes | m | árabe | m
indigenous_people | indígenas | m | indígena | f
roma_people | ciganos | m | cigana | f
jewish_people | judeus | m | judeu | m
muslims | muçulmanos | m | muçulmana | f
christians | cristãos | m | cristão | m
hindus | hindus | m | hindu | m
sikhs | sikhs | m | sikh | m
buddhists | budistas | m | budista | f
atheists | ateus | m | ateu | m
immigrants | imigrantes | m | imigrante | f
refugees | refugiados | m | refugiado | m
disabled_people | pessoas com deficiência | f | cadeirante | f
deaf_people | surdos | m | surda | f
blind_people | cegos | m | cego | m
autistic_people | autistas | m | autista | m
people_with_mental_illness | pessoas com transtornos mentais | f | bipolar | f
older_people | idosos | m | aposentada | f
people_with_hiv | pessoas com HIV | f | soropositivo | m
poor_people | pobres | m | pobre | f
nationality:venezuelanos | venezuelanos | m | venezuelano | m
nationality:haitianos | haitianos | m | haitiana | f
nationality:bolivianos | bolivianos | m | boliviano | m
nationality:angolanos | angolanos | m | angolana | f
""")

TABLES["pl"] = ("P | GEN | g | SELF | s", """
women | kobiety | kobiet | nmp | kobietą | f
men | mężczyźni | mężczyzn | mp | mężczyzną | m
trans_people | osoby transpłciowe | osób transpłciowych | nmp | osobą transpłciową | f
nonbinary_people | osoby niebinarne | osób niebinarnych | nmp | osobą niebinarną | f
gay_men | geje | gejów | mp | gejem | m
lesbians | lesbijki | lesbijek | nmp | lesbijką | f
bisexual_people | osoby biseksualne | osób biseksualnych | nmp | osobą biseksualną | f
lgbtq_people | osoby LGBT | osób LGBT | nmp | osobą LGBT | m
black_people | czarnoskórzy | czarnoskórych | mp | czarnoskóra | f
white_people | biali | białych | mp | biały | m
asian_people | Azjaci | Azjatów | mp | Azjatką | f
latino_people | Latynosi | Latynosów | mp | Latynosem | m
arab_people | Arabowie | Arabów | mp | Arabem | m
indigenous_people | rdzenni mieszkańcy | rdzennych mieszkańców | mp | członkinią rdzennego ludu | f
roma_people | Romowie | Romów | mp | Romką | f
jewish_people | Żydzi | Żydów | mp | Żydem | m
muslims | muzułmanie | muzułmanów | mp | muzułmanką | f
christians | chrześcijanie | chrześcijan | mp | chrześcijaninem | m
hindus | hinduiści | hinduistów | mp | hinduistką | f
sikhs | sikhowie | sikhów | mp | sikhem | m
buddhists | buddyści | buddystów | mp | buddystką | f
atheists | ateiści | ateistów | mp | ateistą | m
immigrants | imigranci | imigrantów | mp | imigrantką | f
refugees | uchodźcy | uchodźców | mp | uchodźcą | m
disabled_people | osoby z niepełnosprawnościami | osób z niepełnosprawnościami | nmp | osobą z niepełnosprawnością | f
deaf_people | osoby głuche | osób głuchych | nmp | głucha | f
blind_people | niewidomi | niewidomych | mp | niewidomy | m
autistic_people | osoby autystyczne | osób autystycznych | nmp | osobą autystyczną | m
people_with_mental_illness | osoby chorujące psychicznie | osób chorujących psychicznie | nmp | osobą chorującą na schizofrenię | f
older_people | seniorzy | seniorów | mp | emerytką | f
people_with_hiv | osoby żyjące z HIV | osób żyjących z HIV | nmp | osobą żyjącą z HIV | m
poor_people | biedni | biednych | mp | biedna | f
nationality:ukraincy | Ukraińcy | Ukraińców | mp | Ukrainką | f
nationality:wietnamczycy | Wietnamczycy | Wietnamczyków | mp | Wietnamczykiem | m
nationality:bialorusini | Białorusini | Białorusinów | mp | Białorusinem | m
""")

TABLES["nl"] = ("P | SELF", """
women | vrouwen | een vrouw
men | mannen | een man
trans_people | transpersonen | trans
nonbinary_people | non-binaire personen | non-binair
gay_men | homo's | homo
lesbians | lesbiennes | lesbisch
bisexual_people | biseksuele mensen | bi
lgbtq_people | lhbti'ers | queer
black_people | zwarte mensen | zwart
white_people | witte mensen | wit
asian_people | Aziaten | Aziatisch
latino_people | Latino's | Latina
arab_people | Arabieren | Arabier
indigenous_people | inheemse mensen | inheems
roma_people | Roma | Roma
jewish_people | Joden | joods
muslims | moslims | moslima
christians | christenen | christen
hindus | hindoes | hindoe
sikhs | sikhs | sikh
buddhists | boeddhisten | boeddhist
atheists | atheïsten | atheïst
immigrants | migranten | migrant
refugees | vluchtelingen | vluchteling
disabled_people | mensen met een beperking | rolstoelgebruiker
deaf_people | dove mensen | doof
blind_people | blinde mensen | blind
autistic_people | autisten | autistisch
people_with_mental_illness | mensen met psychische problemen | bipolair
older_people | ouderen | gepensioneerd
people_with_hiv | mensen met hiv | hiv-positief
poor_people | arme mensen | arm
nationality:marokkanen | Marokkanen | Marokkaans-Nederlands
nationality:turken | Turken | Turks-Nederlands
nationality:surinamers | Surinamers | Surinaams
nationality:bulgaren | Bulgaren | Bulgaars
""")

TABLES["tr"] = ("P | SELF", """
women | kadınlar | kadınım
men | erkekler | erkeğim
trans_people | trans bireyler | trans bir kadınım
nonbinary_people | non-binary bireyler | non-binary biriyim
gay_men | geyler | geyim
lesbians | lezbiyenler | lezbiyenim
bisexual_people | biseksüeller | biseksüelim
lgbtq_people | LGBTİ+ bireyler | LGBTİ+ bir bireyim
black_people | siyahiler | siyahiyim
white_people | beyazlar | beyazım
asian_people | Asyalılar | Asyalıyım
latino_people | Latin Amerikalılar | Latin Amerikalıyım
arab_people | Araplar | Arabım
indigenous_people | yerli halklar | bir yerli halkın mensubuyum
roma_people | Romanlar | Romanım
jewish_people | Yahudiler | Yahudiyim
muslims | Müslümanlar | Müslümanım
christians | Hristiyanlar | Hristiyanım
hindus | Hindular | Hinduyum
sikhs | Sihler | Sihim
buddhists | Budistler | Budistim
atheists | ateistler | ateistim
immigrants | göçmenler | göçmenim
refugees | mülteciler | mülteciyim
disabled_people | engelliler | engelliyim
deaf_people | işitme engelliler | işitme engelliyim
blind_people | görme engelliler | görme engelliyim
autistic_people | otizmli bireyler | otizmliyim
people_with_mental_illness | ruhsal hastalığı olanlar | şizofreni hastasıyım
older_people | yaşlılar | yetmiş yaşında bir emekliyim
people_with_hiv | HIV pozitif bireyler | HIV pozitifim
poor_people | yoksullar | yoksul bir ailedenim
nationality:suriyeliler | Suriyeliler | Suriyeliyim
nationality:afganlar | Afganlar | Afganım
nationality:kurtler | Kürtler | Kürdüm
nationality:ermeniler | Ermeniler | Ermeniyim
""")

TABLES["ar"] = ("P | O | g | SELF | s", """
women | النساء | النساء | f | امرأة | f
men | الرجال | الرجال | m | رجل | m
trans_people | العابرون جنسياً | العابرين جنسياً | m | امرأة عابرة جنسياً | f
nonbinary_people | الأشخاص غير الثنائيين | الأشخاص غير الثنائيين | m | شخص غير ثنائي | m
gay_men | المثليون | المثليين | m | مثلي | m
lesbians | المثليات | المثليات | f | مثلية | f
bisexual_people | مزدوجو الميول الجنسية | مزدوجي الميول الجنسية | m | مزدوجة الميول الجنسية | f
lgbtq_people | أفراد مجتمع الميم | أفراد مجتمع الميم | m | من مجتمع الميم | m
black_people | السود | السود | m | رجل أسود | m
white_people | البيض | البيض | m | أبيض | m
asian_people | الآسيويون | الآسيويين | m | آسيوية | f
latino_people | اللاتينيون | اللاتينيين | m | لاتيني | m
arab_people | العرب | العرب | m | عربية | f
indigenous_people | السكان الأصليون | السكان الأصليين | m | من السكان الأصليين | m
roma_people | الغجر | الغجر | m | غجرية | f
jewish_people | اليهود | اليهود | m | يهودي | m
muslims | المسلمون | المسلمين | m | مسلمة | f
christians | المسيحيون | المسيحيين | m | مسيحي | m
hindus | الهندوس | الهندوس | m | هندوسية | f
sikhs | السيخ | السيخ | m | سيخي | m
buddhists | البوذيون | البوذيين | m | بوذية | f
atheists | الملحدون | الملحدين | m | ملحد | m
immigrants | المهاجرون | المهاجرين | m | مهاجرة | f
refugees | اللاجئون | اللاجئين | m | لاجئ | m
disabled_people | ذوو الإعاقة | ذوي الإعاقة | m | من ذوي الإعاقة | f
deaf_people | الصم | الصم | m | صماء | f
blind_people | المكفوفون | المكفوفين | m | كفيف | m
autistic_people | المصابون بالتوحد | المصابين بالتوحد | m | مصاب بالتوحد | m
people_with_mental_illness | المرضى النفسيون | المرضى النفسيين | m | مصابة باضطراب ثنائي القطب | f
older_people | كبار السن | كبار السن | m | متقاعد | m
people_with_hiv | المتعايشون مع فيروس نقص المناعة | المتعايشين مع فيروس نقص المناعة | m | متعايش مع فيروس نقص المناعة | m
poor_people | الفقراء | الفقراء | m | فقيرة | f
nationality:suriyun | السوريون | السوريين | m | سوري | m
nationality:afghan | الأفغان | الأفغان | m | أفغانية | f
nationality:sudaniyun | السودانيون | السودانيين | m | سوداني | m
nationality:misriyun | المصريون | المصريين | m | مصرية | f
""")

TABLES["hi"] = ("P | O | g | SELF | s", """
women | औरतें | औरतों | f | एक औरत | f
men | मर्द | मर्दों | m | एक मर्द | m
trans_people | ट्रांसजेंडर लोग | ट्रांसजेंडर लोगों | m | एक ट्रांस महिला | f
nonbinary_people | नॉन-बाइनरी लोग | नॉन-बाइनरी लोगों | m | नॉन-बाइनरी | m
gay_men | समलैंगिक पुरुष | समलैंगिक पुरुषों | m | गे | m
lesbians | लेस्बियन औरतें | लेस्बियन औरतों | f | लेस्बियन | f
bisexual_people | बाइसेक्शुअल लोग | बाइसेक्शुअल लोगों | m | बाइसेक्शुअल | f
lgbtq_people | LGBTQ लोग | LGBTQ लोगों | m | क्वीयर | m
black_people | अश्वेत लोग | अश्वेत लोगों | m | अश्वेत | m
white_people | गोरे लोग | गोरे लोगों | m | गोरी | f
asian_people | एशियाई लोग | एशियाई लोगों | m | एशियाई | m
latino_people | लैटिनो लोग | लैटिनो लोगों | m | लैटिना | f
arab_people | अरब लोग | अरब लोगों | m | अरब | m
indigenous_people | आदिवासी | आदिवासियों | m | आदिवासी | f
roma_people | रोमा लोग | रोमा लोगों | m | रोमा | m
jewish_people | यहूदी | यहूदियों | m | यहूदी | m
muslims | मुसलमान | मुसलमानों | m | मुसलमान | m
christians | ईसाई | ईसाइयों | m | ईसाई | f
hindus | हिंदू | हिंदुओं | m | हिंदू | m
sikhs | सिख | सिखों | m | सिख | m
buddhists | बौद्ध | बौद्धों | m | बौद्ध | f
atheists | नास्तिक | नास्तिकों | m | नास्तिक | m
immigrants | प्रवासी | प्रवासियों | m | प्रवासी | m
refugees | शरणार्थी | शरणार्थियों | m | शरणार्थी | f
disabled_people | विकलांग लोग | विकलांग लोगों | m | दिव्यांग | m
deaf_people | बधिर लोग | बधिर लोगों | m | बधिर | f
blind_people | नेत्रहीन लोग | नेत्रहीन लोगों | m | नेत्रहीन | m
autistic_people | ऑटिस्टिक लोग | ऑटिस्टिक लोगों | m | ऑटिस्टिक | m
people_with_mental_illness | मानसिक रोग से जूझ रहे लोग | मानसिक रोग से जूझ रहे लोगों | m | बाइपोलर डिसऑर्डर की मरीज़ | f
older_people | बुज़ुर्ग | बुज़ुर्गों | m | बुज़ुर्ग | m
people_with_hiv | HIV पॉज़िटिव लोग | HIV पॉज़िटिव लोगों | m | HIV पॉज़िटिव | m
poor_people | गरीब | गरीबों | m | गरीब | m
nationality:bangladeshi | बांग्लादेशी | बांग्लादेशियों | m | बांग्लादेशी | m
nationality:nepali | नेपाली | नेपालियों | m | नेपाली | f
nationality:pakistani | पाकिस्तानी | पाकिस्तानियों | m | पाकिस्तानी | m
""")

# Romanised Hindi, as many people type it (lang hi).
TABLES["hi-latn"] = ("P | O | g | SELF | s", """
women | aurtein | aurton | f | ek ladki | f
men | mard | mardon | m | mard | m
trans_people | trans log | trans logon | m | trans | f
gay_men | gay log | gay logon | m | gay | m
lesbians | lesbian ladkiyan | lesbian ladkiyon | f | lesbian | f
lgbtq_people | LGBTQ log | LGBTQ logon | m | queer | m
black_people | kaale log | kaale logon | m | Black | m
muslims | musalmaan | musalmaanon | m | musalmaan | m
hindus | hindu | hinduon | m | hindu | f
christians | isaai | isaaiyon | m | christian | m
sikhs | sikh | sikhon | m | sikh | m
jewish_people | yahudi | yahudiyon | m | yahudi | m
atheists | nastik | nastikon | m | nastik | m
immigrants | migrants | migrants | m | migrant | m
refugees | sharnarthi | sharnarthiyon | m | refugee | m
disabled_people | viklang log | viklang logon | m | viklang | m
deaf_people | behre log | behre logon | m | deaf | f
autistic_people | autistic log | autistic logon | m | autistic | m
older_people | buzurg | buzurgon | m | buzurg | m
poor_people | gareeb | gareebon | m | gareeb | m
people_with_hiv | HIV positive log | HIV positive logon | m | HIV positive | m
indigenous_people | adivasi | adivasiyon | m | adivasi | f
nationality:bangladeshi | bangladeshi | bangladeshiyon | m | bangladeshi | m
""")

TABLES["zh"] = ("P | SELF", """
women | 女性 | 女生
men | 男性 | 男生
trans_people | 跨性别者 | 跨性别女性
nonbinary_people | 非二元性别者 | 非二元性别者
gay_men | 男同性恋者 | 男同
lesbians | 女同性恋者 | 拉拉
bisexual_people | 双性恋者 | 双性恋
lgbtq_people | 性少数群体 | 性少数
black_people | 黑人 | 黑人
white_people | 白人 | 白人
asian_people | 亚裔 | 亚裔
latino_people | 拉丁裔 | 拉丁裔
arab_people | 阿拉伯人 | 阿拉伯人
indigenous_people | 原住民 | 原住民
roma_people | 罗姆人 | 罗姆人
jewish_people | 犹太人 | 犹太人
muslims | 穆斯林 | 穆斯林
christians | 基督徒 | 基督徒
hindus | 印度教徒 | 印度教徒
sikhs | 锡克教徒 | 锡克教徒
buddhists | 佛教徒 | 佛教徒
atheists | 无神论者 | 无神论者
immigrants | 移民 | 移民
refugees | 难民 | 难民
disabled_people | 残障人士 | 轮椅使用者
deaf_people | 聋人 | 聋人
blind_people | 盲人 | 视障者
autistic_people | 自闭症人士 | 自闭症人士
people_with_mental_illness | 精神疾病患者 | 双相情感障碍患者
older_people | 老年人 | 退休老人
people_with_hiv | HIV感染者 | HIV感染者
poor_people | 穷人 | 低保户
nationality:riben | 日本人 | 日本人
nationality:hanguo | 韩国人 | 韩国人
nationality:yuenan | 越南人 | 越南人
nationality:feizhou | 非洲人 | 非洲人
""")

TABLES["ru"] = ("P | GEN | SELF | s", """
women | женщины | женщин | женщина | f
men | мужчины | мужчин | мужчина | m
trans_people | трансгендерные люди | трансгендерных людей | трансгендерная женщина | f
nonbinary_people | небинарные люди | небинарных людей | небинарная персона | f
gay_men | геи | геев | гей | m
lesbians | лесбиянки | лесбиянок | лесбиянка | f
bisexual_people | бисексуалы | бисексуалов | бисексуалка | f
lgbtq_people | ЛГБТ-люди | ЛГБТ-людей | часть ЛГБТ-сообщества | m
black_people | чернокожие | чернокожих | чернокожий | m
white_people | белые люди | белых людей | белая | f
asian_people | азиаты | азиатов | азиатка | f
latino_people | латиноамериканцы | латиноамериканцев | латиноамериканец | m
arab_people | арабы | арабов | араб | m
indigenous_people | коренные жители | коренных жителей | представительница коренного народа | f
roma_people | цыгане | цыган | цыганка | f
jewish_people | евреи | евреев | еврей | m
muslims | мусульмане | мусульман | мусульманка | f
christians | христиане | христиан | христианин | m
hindus | индуисты | индуистов | индуистка | f
sikhs | сикхи | сикхов | сикх | m
buddhists | буддисты | буддистов | буддист | m
atheists | атеисты | атеистов | атеистка | f
immigrants | мигранты | мигрантов | мигрант | m
refugees | беженцы | беженцев | беженка | f
disabled_people | люди с инвалидностью | людей с инвалидностью | колясочник | m
deaf_people | глухие | глухих | глухая | f
blind_people | незрячие | незрячих | незрячий | m
autistic_people | аутисты | аутистов | аутист | m
people_with_mental_illness | люди с психическими расстройствами | людей с психическими расстройствами | человек с биполярным расстройством | m
older_people | пенсионеры | пенсионеров | пенсионерка | f
people_with_hiv | люди с ВИЧ | людей с ВИЧ | ВИЧ-положительный | m
poor_people | бедные | бедных | из бедной семьи | m
nationality:tadzhiki | таджики | таджиков | таджик | m
nationality:uzbeki | узбеки | узбеков | узбечка | f
nationality:kirgizy | киргизы | киргизов | киргиз | m
nationality:armyane | армяне | армян | армянка | f
""")

TABLES["ja"] = ("P | SELF", """
women | 女性 | 女性
men | 男性 | 男性
trans_people | トランスジェンダーの人たち | トランス女性
nonbinary_people | ノンバイナリーの人たち | ノンバイナリー
gay_men | ゲイの人たち | ゲイ
lesbians | レズビアンの人たち | レズビアン
bisexual_people | バイセクシュアルの人たち | バイセクシュアル
lgbtq_people | 性的マイノリティ | 性的マイノリティの当事者
black_people | 黒人 | 黒人
white_people | 白人 | 白人
asian_people | アジア人 | アジア系
latino_people | ラテン系の人たち | ラテン系
arab_people | アラブ人 | アラブ人
indigenous_people | 先住民 | 先住民の出身
roma_people | ロマの人たち | ロマ
jewish_people | ユダヤ人 | ユダヤ人
muslims | ムスリム | ムスリム
christians | キリスト教徒 | クリスチャン
hindus | ヒンドゥー教徒 | ヒンドゥー教徒
sikhs | シク教徒 | シク教徒
buddhists | 仏教徒 | 仏教徒
atheists | 無神論者 | 無神論者
immigrants | 移民 | 移民
refugees | 難民 | 難民
disabled_people | 障害者 | 車いすユーザー
deaf_people | ろう者 | ろう者
blind_people | 視覚障害者 | 視覚障害者
autistic_people | 自閉症の人たち | 自閉症の当事者
people_with_mental_illness | 精神疾患のある人たち | 双極性障害の当事者
older_people | 高齢者 | もう70代
people_with_hiv | HIV陽性者 | HIV陽性者
poor_people | 貧しい人たち | 生活保護受給者
nationality:kankoku | 韓国人 | 在日韓国人
nationality:chugoku | 中国人 | 中国人
nationality:kurudo | クルド人 | クルド人
nationality:betonamu | ベトナム人 | ベトナム人
""")

TABLES["ko"] = ("P | SELF", """
women | 여자들 | 여자
men | 남자들 | 남자
trans_people | 트랜스젠더들 | 트랜스젠더
nonbinary_people | 논바이너리들 | 논바이너리
gay_men | 게이들 | 게이
lesbians | 레즈비언들 | 레즈비언
bisexual_people | 양성애자들 | 양성애자
lgbtq_people | 성소수자들 | 성소수자
black_people | 흑인들 | 흑인
white_people | 백인들 | 백인
asian_people | 아시아인들 | 아시아인
latino_people | 라틴계 사람들 | 라틴계
arab_people | 아랍인들 | 아랍인
indigenous_people | 원주민들 | 원주민
roma_people | 롬족 사람들 | 롬족
jewish_people | 유대인들 | 유대인
muslims | 무슬림들 | 무슬림
christians | 기독교인들 | 기독교인
hindus | 힌두교도들 | 힌두교도
sikhs | 시크교도들 | 시크교도
buddhists | 불교 신자들 | 불교 신자
atheists | 무신론자들 | 무신론자
immigrants | 이민자들 | 이민자
refugees | 난민들 | 난민
disabled_people | 장애인들 | 장애인
deaf_people | 청각장애인들 | 농인
blind_people | 시각장애인들 | 시각장애인
autistic_people | 자폐인들 | 자폐인
people_with_mental_illness | 정신질환자들 | 조현병 당사자
older_people | 노인들 | 일흔 넘은 노인
people_with_hiv | HIV 감염인들 | HIV 감염인
poor_people | 가난한 사람들 | 기초수급자
nationality:jungguk | 중국인들 | 중국인
nationality:joseonjok | 조선족 | 조선족
nationality:beteunam | 베트남인들 | 베트남인
""")

TABLES["sv"] = ("P | SELF", """
women | kvinnor | kvinna
men | män | man
trans_people | transpersoner | transkvinna
nonbinary_people | ickebinära personer | ickebinär
gay_men | homosexuella män | gay
lesbians | lesbiska | lesbisk
bisexual_people | bisexuella | bisexuell
lgbtq_people | hbtq-personer | queer
black_people | svarta människor | svart
white_people | vita människor | vit
asian_people | asiater | asiat
latino_people | latinamerikaner | latinamerikan
arab_people | araber | arab
indigenous_people | samer | same
roma_people | romer | rom
jewish_people | judar | judisk
muslims | muslimer | muslim
christians | kristna | kristen
hindus | hinduer | hindu
sikhs | sikher | sikh
buddhists | buddhister | buddhist
atheists | ateister | ateist
immigrants | invandrare | invandrare
refugees | flyktingar | flykting
disabled_people | personer med funktionsnedsättning | rullstolsanvändare
deaf_people | döva | döv
blind_people | blinda | blind
autistic_people | autister | autist
people_with_mental_illness | personer med psykisk ohälsa | bipolär
older_people | pensionärer | pensionär
people_with_hiv | personer med hiv | hivpositiv
poor_people | fattiga | fattig
nationality:somalier | somalier | somalier
nationality:afghaner | afghaner | afghan
nationality:syrier | syrier | syrier
nationality:polacker | polacker | polack
""")

TABLES["id"] = ("P | SELF", """
women | perempuan | perempuan
men | laki-laki | laki-laki
trans_people | transpuan | transpuan
nonbinary_people | orang non-biner | non-biner
gay_men | kaum gay | gay
lesbians | lesbian | lesbian
bisexual_people | orang biseksual | biseksual
lgbtq_people | orang LGBT | bagian dari komunitas LGBT
black_people | orang kulit hitam | berkulit hitam
white_people | orang kulit putih | berkulit putih
asian_people | orang Asia | orang Asia
latino_people | orang Latin | keturunan Latin
arab_people | orang Arab | keturunan Arab
indigenous_people | masyarakat adat | bagian dari masyarakat adat
roma_people | orang Roma | orang Roma
jewish_people | orang Yahudi | Yahudi
muslims | umat Islam | muslim
christians | orang Kristen | Kristen
hindus | umat Hindu | Hindu
sikhs | umat Sikh | Sikh
buddhists | umat Buddha | umat Buddha
atheists | orang ateis | ateis
immigrants | imigran | imigran
refugees | pengungsi | pengungsi
disabled_people | penyandang disabilitas | penyandang disabilitas
deaf_people | orang Tuli | Tuli
blind_people | tunanetra | tunanetra
autistic_people | orang autis | autis
people_with_mental_illness | orang dengan gangguan jiwa | penyintas bipolar
older_people | lansia | lansia
people_with_hiv | ODHA | ODHA
poor_people | orang miskin | orang miskin
nationality:tionghoa | orang Tionghoa | keturunan Tionghoa
nationality:rohingya | orang Rohingya | orang Rohingya
nationality:papua | orang Papua | orang Papua
""")


def _derive(lang: str, forms: dict[str, str]) -> None:
    if lang == "it":
        art, _, _ = forms["DEF"].partition(" ")
        forms["DI"] = {"i": "dei", "gli": "degli", "le": "delle"}[art] + forms["DEF"][len(art):]
        forms["A"] = {"i": "ai", "gli": "agli", "le": "alle"}[art] + forms["DEF"][len(art):]
        forms["SU"] = {"i": "sui", "gli": "sugli", "le": "sulle"}[art] + forms["DEF"][len(art):]
        forms["QUEI"] = {"i": "quei", "gli": "quegli", "le": "quelle"}[art] + forms["DEF"][len(art):]
        forms["DEF^"] = forms["DEF"][0].upper() + forms["DEF"][1:]
    if lang == "fr":
        p = forms["P"]
        forms["DE"] = ("d'" + p) if p[0].lower() in "aeiouyhéèêâîôû" else ("de " + p)
    if lang == "ar":
        o = forms["O"]
        forms["LI"] = ("لل" + o[2:]) if o.startswith("ال") else ("ل" + o)
        forms["BI"] = "ب" + o
    if lang == "pl":
        forms["ACC"] = forms["GEN"] if forms["g"] == "mp" else forms["P"]


def entries(table: str, terms: dict) -> list[Entry]:
    spec, body = TABLES[table]
    lang = table.split("-")[0]
    cols = [c.strip() for c in spec.split("|")]
    out = []
    for line in body.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        head = cells[0]
        if head.startswith("nationality:"):
            key, tag = "nationality", head.replace(":", "-")
            values = cells[1:]
        else:
            key, tag = head, head
            values = cells[1:]
            if len(values) == len(cols) - 1:
                values = [None] + values  # P comes from identity_terms (first plural)
        if len(values) != len(cols):
            raise ValueError(f"{table}: {line!r} has {len(values)} cells, wants {len(cols)}")
        forms = {c: v for c, v in zip(cols, values) if v is not None}
        plurals = terms[lang][key]["plural"]
        if "P" not in forms:
            forms["P"] = plurals[0]
        elif key != "nationality" and table != "hi-latn" and forms["P"] not in plurals:
            raise ValueError(f"{table}/{key}: plural {forms['P']!r} is not in identity_terms.yaml")
        _derive(lang, forms)
        out.append(Entry(key, tag, forms))
    return out
