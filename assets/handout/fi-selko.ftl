## The client's handouts (crates/handout) in plain Finnish (selkosuomi), after
## Selkokeskus' rules: everyday words, one thing in a sentence, the main thing
## first, headings. A test fails on a sentence of more than 12 words.

## Every handout

handout-date = Päivämäärä { $date }
handout-page = Sivu
handout-page-of = /
owner-you = Sinä
due-none = ei sovittu
status-done = tehty
status-cancelled = ei tehdä
phone = Puhelin
secure-email = Suojattu sähköposti
profession-sairaanhoitaja = sairaanhoitaja
profession-terveydenhoitaja = terveydenhoitaja
profession-laakari = lääkäri
profession-sosiaalityontekija = sosiaalityöntekijä
profession-sosiaaliohjaaja = sosiaaliohjaaja
profession-mielenterveys-ja-paihdetyontekija = mielenterveys- ja päihdetyöntekijä
profession-fysioterapeutti = fysioterapeutti
profession-suun-terveydenhuolto = hammashoito
role-responsible-worker = vastuutyöntekijä
role-hoitovastaava = hoitovastaava
role-omatyontekija = omatyöntekijä
team-heading = Sinun tiimisi
team-intro = Nämä ihmiset auttavat sinua.
team-responsible = Vastuutyöntekijä pitää kaikki asiasi koossa.
team-organisations = Mukana ovat myös: { $names }
contact-heading = Näin otat yhteyttä
contact-responsible = Sinun yhteyshenkilösi on { $name }.
contact-none = Kysy tiimiltä, miten saat heihin yhteyden.
contact-emergency = Hätätilanteessa soita numeroon 112.

## The plan

plan-title = Sinun suunnitelmasi
plan-agreed = Teimme tämän suunnitelman yhdessä { $date }.
goals-heading = Sinun tavoitteesi
goals-intro = Tavoitteet ovat sinun omia sanojasi.
actions-heading = Kuka tekee mitä ja milloin
actions-goal = Tavoite { $number }
actions-what = Mitä
actions-who = Kuka
actions-when = Milloin viimeistään
actions-none = Tähän tavoitteeseen ei ole vielä tehtäviä.
review-heading = Milloin katsomme suunnitelman uudelleen
review-text = Katsomme suunnitelman yhdessä uudelleen { $date }.
review-none = Sovimme ajan myöhemmin.
segment-heading = Millainen asiakkuutesi on
segment-omatoimi = Omatoimiasiakkuus
segment-tuki = Tukiasiakkuus
segment-yhteistyo = Yhteistyöasiakkuus
segment-huolenpito = Huolenpitoasiakkuus
segment-omatoimi-meaning = Hoidat asiasi yleensä itse. Saat apua, kun pyydät.
segment-tuki-meaning = Tarvitset nyt apua jonkin aikaa. Saat apua, kun tarvitset.
segment-yhteistyo-meaning = Tarvitset monta eri palvelua pitkään. Ammattilaiset tekevät työtä yhdessä kanssasi.
segment-huolenpito-meaning = Tarvitset paljon apua koko ajan. Tiimi huolehtii, että saat avun.
segment-in-practice = Se tarkoittaa tätä:
segment-named-contact = Sinulla on oma yhteyshenkilö. Hän pitää kaikki asiasi koossa.
contact-self-service = Otat itse yhteyttä netissä tai puhelimella.
contact-on-need = Otat yhteyttä, kun tarvitset apua. Saat vastauksen nopeasti.
contact-named-person = Otat yhteyttä suoraan omaan yhteyshenkilöösi.
contact-proactive = Tiimi ottaa yhteyttä sinuun.
appointments-booked-by-client = Varaat ajan itse, kun tarvitset.
appointments-booked-for-the-need = Sinulle varataan aika, kun tarvitset.
appointments-planned-series = Tapaamiset sovitaan etukäteen.
appointments-regular-joint = Tapaatte yhdessä usein.
segment-review-interval = { $months ->
        [one] Katsomme suunnitelman uudelleen joka kuukausi.
       *[other] Katsomme suunnitelman uudelleen { $months } kuukauden välein.
    }
measure-heading = Miten elämäsi menee (3X10D)
measure-intro = Vastasit elämäntilannemittarin kysymyksiin. Kuva näyttää vastauksesi. Samat luvut ovat myös taulukossa.
measure-own-questions = Kysymykset ovat mittarin omia kysymyksiä. Niitä ei ole muutettu selkokielelle.
measure-scale = Numero { $min } tarkoittaa: { $min-label }. Numero { $max } tarkoittaa: { $max-label }.
measure-point = { $point ->
        [start] Alku
        [middle] Väli
        [end] Loppu
       *[other] Välimittaus
    } { $date }
measure-table-heading = Vastauksesi numeroina
measure-item = Kysymys
measure-no-answer = ei vastausta
measure-chart-alt = { $name }. Kuvassa ovat vastauksesi numeroina 0–10. Samat luvut ovat taulukossa kuvan alla.
measure-unofficial = Kysymysten käännös on Kohtaamon oma.

## The info sheet for a new joint client

info-title = Mitä yhteisasiakkuus on
info-what-heading = Näin teemme työtä kanssasi
info-what-1 = Sosiaalipalvelujen ja terveyspalvelujen ammattilaiset auttavat sinua yhdessä.
info-what-2 = Sinun ei tarvitse kertoa asioitasi monta kertaa.
info-what-3 = Teemme yhdessä yhden suunnitelman. Kirjoitamme tavoitteet sinun sanoillasi.
info-what-4 = Vastuutyöntekijä pitää kaikki asiasi koossa. Tiedät aina, keneen voit ottaa yhteyttä.
info-what-5 = Tapaamme säännöllisesti. Katsomme silloin, miten asiasi menevät.
info-started = Yhteisasiakkuutesi alkoi { $date }.
info-data-heading = Sinun tietosi
info-data-1 = Sosiaalipalvelujen tiedot ja terveyspalvelujen tiedot ovat eri paikoissa.
info-data-2 = Tietoja voi antaa toiselle puolelle vain, jos sinä annat luvan.
info-data-3 = Voit perua luvan milloin tahansa.
info-data-4 = Tietojesi käytöstä jää aina merkintä. Voit kysyä, kuka tietojasi on katsonut.
