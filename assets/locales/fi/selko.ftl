# Selkosuomi: the client view in plain Finnish, for a client whose
# preference it is. Each message here replaces the Finnish one of the same
# id in main.ftl (a test checks that it has one, with the same variables).
# Selkokeskus' rules: everyday words, one thing in a sentence, at most 12
# words in a sentence (a test counts them), the main thing first.

client-view-title = Sinun suunnitelmasi
client-view-goals = Sinun tavoitteesi
client-view-next = Mitä tehdään seuraavaksi
client-view-by = viimeistään { $date }
client-view-late = myöhässä
client-view-review = Katsomme suunnitelmaa taas yhdessä { $date }.
client-view-no-plan = Teemme suunnitelman yhdessä.
client-view-agreed = Mitä sovimme
client-view-contact = Kenelle voit soittaa
client-view-responsible = Sinun yhteyshenkilösi on { $name }.
client-view-measure-title = Miten sinulla menee nyt
client-view-measure-intro = Vastaa numerolla 0–10. Voit jättää kysymyksen väliin. Vastaukset tallentuvat suunnitelmaasi.
client-view-measure-start = Vastaa kysymyksiin
client-view-measure-saved = Kiitos! Vastauksesi on tallessa.
client-view-close = Takaisin
client-view-strengths = Mikä sinua auttaa
client-view-phone = Puhelin:
client-view-email = Sähköposti:
segment-omatoimi-meaning = Hoidat asiasi yleensä itse. Saat apua, kun otat yhteyttä.
segment-tuki-meaning = Tarvitset nyt vähän tukea. Saat apua, kun tarvitset sitä.
segment-yhteistyo-meaning = Sinulla on oma yhteyshenkilö. Hän pitää asiat koossa. Sovimme tapaamiset yhdessä.
segment-huolenpito-meaning = Sinulla on oma yhteyshenkilö ja tiimi. Tiimi pitää sinuun yhteyttä usein. Tapaamme usein.
