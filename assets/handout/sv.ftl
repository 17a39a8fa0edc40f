## Klientens utskrifter (crates/handout), på svenska.

## Alla utskrifter

handout-date = Datum { $date }
handout-page = Sida
handout-page-of = av
owner-you = Du
due-none = inte bestämt
status-done = gjort
status-cancelled = inställt
phone = Telefon
secure-email = Skyddad e-post
profession-sairaanhoitaja = sjukskötare
profession-terveydenhoitaja = hälsovårdare
profession-laakari = läkare
profession-sosiaalityontekija = socialarbetare
profession-sosiaaliohjaaja = socialhandledare
profession-mielenterveys-ja-paihdetyontekija = mentalvårds- och missbrukararbetare
profession-fysioterapeutti = fysioterapeut
profession-suun-terveydenhuolto = munhälsovård
role-responsible-worker = ansvarig arbetstagare
role-hoitovastaava = vårdansvarig
role-omatyontekija = egen arbetstagare
team-heading = Ditt team
team-intro = De här personerna arbetar tillsammans med dig.
team-responsible = Den ansvariga arbetstagaren håller ihop helheten.
team-organisations = Med är också: { $names }
contact-heading = Vem du kontaktar och hur
contact-responsible = Din kontaktperson är { $name }.
contact-none = Fråga ditt team hur du får kontakt med dem.
contact-emergency = I nödsituationer ring 112.

## Planen

plan-title = Din plan
plan-agreed = Vi kom överens om den här planen tillsammans { $date }.
goals-heading = Dina mål
goals-intro = Målen står med dina egna ord.
actions-heading = Vem gör vad och när
actions-goal = Mål { $number }
actions-what = Vad görs
actions-who = Vem
actions-when = Senast
actions-none = För det här målet har inga uppgifter avtalats ännu.
review-heading = Nästa uppföljning
review-text = Vi går igenom planen tillsammans igen { $date }.
review-none = Vi kommer senare överens om tiden för nästa uppföljning.
segment-heading = Din form av klientskap
segment-omatoimi = Självständigt klientskap
segment-tuki = Stödklientskap
segment-yhteistyo = Samarbetsklientskap
segment-huolenpito = Omsorgsklientskap
segment-omatoimi-meaning = Du sköter dina ärenden mest själv. Du får hjälp när du tar kontakt.
segment-tuki-meaning = Du behöver stöd en tid framöver. Du får hjälp enligt behov.
segment-yhteistyo-meaning = Du behöver många slags tjänster under en lång tid. Yrkespersonerna arbetar tillsammans med dig.
segment-huolenpito-meaning = Du behöver mycket service och stöd hela tiden. Teamet ser till att du får det.
segment-in-practice = I praktiken betyder det:
segment-named-contact = Du har en namngiven kontaktperson som håller ihop helheten.
contact-self-service = Du tar själv kontakt elektroniskt eller per telefon.
contact-on-need = Du tar kontakt när du behöver hjälp. Du får snabbt svar.
contact-named-person = Du kontaktar din egen kontaktperson direkt.
contact-proactive = Teamet håller kontakt med dig.
appointments-booked-by-client = Du bokar själv tid vid behov.
appointments-booked-for-the-need = En tid bokas åt dig enligt behov.
appointments-planned-series = Mötena planeras på förhand.
appointments-regular-joint = Ni har gemensamma möten regelbundet.
segment-review-interval = { $months ->
        [one] Planen gås igenom varje månad.
       *[other] Planen gås igenom med { $months } månaders mellanrum.
    }
measure-heading = Din livssituation (3X10D)
measure-intro = Bilden och tabellen visar hur du svarade på frågorna i livssituationsmätaren.
measure-own-questions = Frågorna står med mätarens egna ord.
measure-scale = Skala: { $min } = { $min-label }, { $max } = { $max-label }.
measure-point = { $point ->
        [start] Start
        [middle] Mellan
        [end] Slut
       *[other] Mellanliggande
    } { $date }
measure-table-heading = Dina svar i siffror
measure-item = Fråga
measure-no-answer = inget svar
measure-chart-alt = { $name }: dina svar på varje fråga på skalan 0–10, en mätning i taget. Samma siffror finns i tabellen under bilden.
measure-unofficial = Den svenska översättningen av frågorna är Kohtaamos egen, inte mätarens ägares officiella översättning.

## Informationsbladet för en ny gemensam klient

info-title = Information om gemensamt klientskap
info-what-heading = Vad gemensamt klientskap betyder
info-what-1 = Yrkespersoner inom socialvården och hälso- och sjukvården arbetar tillsammans med dig.
info-what-2 = Du behöver inte berätta om din situation många gånger på olika ställen.
info-what-3 = Vi gör en plan tillsammans. Målen står i den med dina egna ord.
info-what-4 = Den ansvariga arbetstagaren håller ihop helheten, och du vet vem du ska kontakta.
info-what-5 = Vi går regelbundet igenom din situation tillsammans igen.
info-started = Ditt gemensamma klientskap inleddes { $date }.
info-data-heading = Dina uppgifter
info-data-1 = Uppgifterna inom socialvården och hälso- och sjukvården hålls åtskilda.
info-data-2 = Uppgifter lämnas till den andra sidan bara om du ger ditt samtycke.
info-data-3 = Du kan när som helst återkalla ditt samtycke.
info-data-4 = All användning av dina uppgifter registreras. Du kan be att få se vem som har använt dem.
