## The client's handouts (crates/handout), in Finnish. Every fixed word of the
## PDFs comes from here; sv.ftl, en.ftl and fi-selko.ftl have the same messages.

## Every handout

handout-date = Päiväys { $date }
handout-page = Sivu
handout-page-of = /
owner-you = Sinä
due-none = ei sovittu
status-done = tehty
status-cancelled = peruttu
phone = Puhelin
secure-email = Suojattu sähköposti
profession-sairaanhoitaja = sairaanhoitaja
profession-terveydenhoitaja = terveydenhoitaja
profession-laakari = lääkäri
profession-sosiaalityontekija = sosiaalityöntekijä
profession-sosiaaliohjaaja = sosiaaliohjaaja
profession-mielenterveys-ja-paihdetyontekija = mielenterveys- ja päihdetyöntekijä
profession-fysioterapeutti = fysioterapeutti
profession-suun-terveydenhuolto = suun terveydenhuolto
role-responsible-worker = vastuutyöntekijä
role-hoitovastaava = hoitovastaava
role-omatyontekija = omatyöntekijä
team-heading = Tiimisi
team-intro = Nämä ihmiset työskentelevät kanssasi.
team-responsible = Vastuutyöntekijä pitää kokonaisuuden koossa.
team-organisations = Mukana myös: { $names }
contact-heading = Keneen otat yhteyttä ja miten
contact-responsible = Yhteyshenkilösi on { $name }.
contact-none = Kysy tiimiltäsi, miten saat heihin yhteyden.
contact-emergency = Hätätilanteessa soita numeroon 112.

## The plan

plan-title = Suunnitelmasi
plan-agreed = Sovimme tämän suunnitelman yhdessä { $date }.
goals-heading = Tavoitteesi
goals-intro = Tavoitteet ovat sinun omin sanoin.
actions-heading = Kuka tekee mitä ja milloin
actions-goal = Tavoite { $number }
actions-what = Mitä tehdään
actions-who = Kuka
actions-when = Mihin mennessä
actions-none = Tähän tavoitteeseen ei ole vielä sovittu tehtäviä.
review-heading = Seuraava arviointi
review-text = Katsomme suunnitelman yhdessä uudelleen { $date }.
review-none = Sovimme seuraavan arvioinnin ajan myöhemmin.
segment-heading = Asiakkuutesi muoto
segment-omatoimi = Omatoimiasiakkuus
segment-tuki = Tukiasiakkuus
segment-yhteistyo = Yhteistyöasiakkuus
segment-huolenpito = Huolenpitoasiakkuus
segment-omatoimi-meaning = Hoidat asiasi pääosin itse. Saat apua, kun otat yhteyttä.
segment-tuki-meaning = Tarvitset nyt tukea jonkin aikaa. Saat apua tarpeen mukaan.
segment-yhteistyo-meaning = Tarvitset monenlaisia palveluja pitkään. Ammattilaiset tekevät työtä yhdessä kanssasi.
segment-huolenpito-meaning = Tarvitset paljon palveluja ja tukea jatkuvasti. Tiimi huolehtii, että saat ne.
segment-in-practice = Käytännössä tämä tarkoittaa:
segment-named-contact = Sinulla on nimetty yhteyshenkilö, joka pitää kokonaisuuden koossa.
contact-self-service = Otat itse yhteyttä sähköisesti tai puhelimella.
contact-on-need = Otat yhteyttä, kun tarvitset apua. Sinulle vastataan nopeasti.
contact-named-person = Otat yhteyttä suoraan omaan yhteyshenkilöösi.
contact-proactive = Tiimi pitää yhteyttä sinuun.
appointments-booked-by-client = Varaat ajan itse tarvittaessa.
appointments-booked-for-the-need = Aika varataan sinulle tarpeen mukaan.
appointments-planned-series = Tapaamiset suunnitellaan etukäteen.
appointments-regular-joint = Yhteisiä tapaamisia on säännöllisesti.
segment-review-interval = { $months ->
        [one] Suunnitelma katsotaan uudelleen kuukauden välein.
       *[other] Suunnitelma katsotaan uudelleen { $months } kuukauden välein.
    }
measure-heading = Elämäntilanteesi (3X10D)
measure-intro = Kuva ja taulukko näyttävät, miten vastasit elämäntilannemittarin kysymyksiin.
measure-own-questions = Kysymykset ovat mittarin omin sanoin.
measure-scale = Asteikko: { $min } = { $min-label }, { $max } = { $max-label }.
measure-point = { $point ->
        [start] Alku
        [middle] Väli
        [end] Loppu
       *[other] Välimittaus
    } { $date }
measure-table-heading = Vastauksesi numeroina
measure-item = Kysymys
measure-no-answer = ei vastausta
measure-chart-alt = { $name }: vastauksesi jokaiseen kysymykseen asteikolla 0–10, mittauskerta kerrallaan. Samat luvut ovat kuvan alla olevassa taulukossa.
measure-unofficial = Mittarin kysymysten käännös on Kohtaamon oma, ei mittarin omistajan virallinen käännös.

## The info sheet for a new joint client

info-title = Tietoa yhteisasiakkuudesta
info-what-heading = Mitä yhteisasiakkuus tarkoittaa
info-what-1 = Sosiaalihuollon ja terveydenhuollon ammattilaiset työskentelevät kanssasi yhdessä.
info-what-2 = Sinun ei tarvitse kertoa asioitasi moneen kertaan eri paikoissa.
info-what-3 = Teemme yhdessä yhden suunnitelman. Tavoitteet ovat siinä sinun omin sanoin.
info-what-4 = Vastuutyöntekijä pitää kokonaisuuden koossa, ja tiedät, keneen otat yhteyttä.
info-what-5 = Katsomme tilanteesi säännöllisesti yhdessä uudelleen.
info-started = Yhteisasiakkuutesi alkoi { $date }.
info-data-heading = Tietosi
info-data-1 = Sosiaalihuollon ja terveydenhuollon tiedot pidetään erillään.
info-data-2 = Tietoja annetaan toiselle puolelle vain, jos annat siihen suostumuksen.
info-data-3 = Voit perua suostumuksesi milloin tahansa.
info-data-4 = Jokainen tietojesi käyttö kirjataan. Voit pyytää nähdä, kuka tietojasi on käyttänyt.
