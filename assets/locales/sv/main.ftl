# Kohtaamo — svenska

loading = Laddar…
working = Ett ögonblick…
language-label = Språk
lock-button = Lås
cancel-button = Avbryt
store-demo-tag = Demolager

## Första start

welcome-title = Välkommen till Kohtaamo
welcome-lead = I Kohtaamo gör yrkespersoner inom social- och hälsovården och klienten en gemensam plan. Klientuppgifterna sparas krypterade endast på den här datorn.
create-store-title = Skapa ett eget datalager
create-store-help = Välj en lösenfras som öppnar datalagret. Använd minst 12 tecken, till exempel flera ord. Lösenfrasen kan inte återställas om den glöms bort.
passphrase-label = Lösenfras
passphrase-confirm-label = Lösenfrasen igen
create-store-button = Skapa datalager
demo-store-title = Prova med demolagret
demo-store-help = Demolagret innehåller bara påhittade klienter och tillfälliga personbeteckningar. Där kan du öva tryggt.
demo-store-button = Öppna demolagret

## Öppna

unlock-title-own = Öppna datalagret
unlock-title-demo = Öppna demolagret
demo-passphrase-hint = Demolagrets lösenfras är
unlock-button = Öppna
pin-label = PIN-kod
pin-resume = Fortsätt
pin-use-passphrase = Använd lösenfrasen
pin-new-label = PIN-kod för att snabbt fortsätta (frivillig)
pin-new-help = 4–8 siffror. När programmet låses för att det inte används kan du fortsätta med PIN-koden i stället för lösenfrasen. Efter tre felaktiga försök behövs lösenfrasen.
switch-to-demo = Öppna demolagret
switch-to-own = Öppna ditt eget datalager
switch-to-create = Skapa ett eget datalager

## Klienter

clients-title = Klienter
search-label = Sök med namn eller personbeteckning
search-placeholder = T.ex. Virtanen eller 010190
clients-none = Inga klienter ännu. Lägg till den första klienten.
clients-no-match = Sökningen hittade inga klienter.
add-client-button = Lägg till klient
add-client-title = Ny klient
client-name-label = Namn
client-hetu-label = Personbeteckning
client-hetu-help = Formen DDMMÅÅ-NNNK, till exempel 010190-9xxx
client-language-label = Kontaktspråk
client-language-fi = finska
client-language-sv = svenska
client-language-en = engelska
client-language-other = annat språk
client-birth-date-label = Födelsedatum
hetu-temporary-tag = Tillfällig beteckning
save-client-button = Spara klienten

## Fel

error-wrong-passphrase = Lösenfrasen är fel. Kontrollera den och försök igen.
error-passphrase-too-short = Lösenfrasen måste ha minst { $min } tecken.
error-passphrases-differ = Lösenfraserna är inte likadana.
error-no-store-selected = Inget datalager har valts.
error-store-exists = Det finns redan ett datalager på den här datorn.
error-store-missing = Datalagret hittas inte.
error-locked = Datalagret är låst. Öppna det igen.
error-client-not-found = Klienten hittas inte.
error-store-in-use = Datalagret är öppet i ett annat program (till exempel administrationsverktyget). Stäng det där och försök igen.
error-plan-locked = Den här versionen av planen är godkänd och kan inte längre ändras. Gör en ny version av den.
error-pin-format = PIN-koden ska ha { $min }–{ $max } siffror.
error-wrong-pin = PIN-koden är fel. { $tries ->
    [one] Ett försök kvar.
   *[other] { $tries } försök kvar.
}
error-pin-tries-used-up = PIN-koden var fel för många gånger. Öppna datalagret med lösenfrasen.
error-wait-before-retry = Lösenfrasen var fel flera gånger i rad. Vänta { $seconds } sekunder och försök sedan igen.
error-stale-revision = Uppgiften har ändrats på annat håll sedan du öppnade den. Din ändring sparades inte: läs in uppgiften på nytt och gör ändringen igen.
error-duplicate-hetu = Det finns redan en klient med den här personbeteckningen.
error-invalid-client = Kontrollera klientens uppgifter.
error-internal = Oväntat fel. Inget som sparats har gått förlorat. Teknisk information: { $detail }
name-error-empty = Skriv klientens namn.
name-error-too-long = Namnet är för långt (högst { $max } tecken).
name-error-control-characters = Namnet innehåller otillåtna tecken.
hetu-error-format = En personbeteckning har 11 tecken: födelsedatum DDMMÅÅ, skiljetecken, tre siffror och ett kontrolltecken.
hetu-error-century-sign = ”{ $sign }” är inte ett sekelskiljetecken. Använd +, -, Y, X, W, V, U, A, B, C, D, E eller F.
hetu-error-date = Födelsedatumet i personbeteckningen är inte ett riktigt datum.
hetu-error-individual-number = Individnumret ska vara mellan 002 och 999.
hetu-error-control-character = Kontrolltecknet stämmer inte: det borde vara ”{ $expected }” men är ”{ $found }”.

## Integritet

curtain-button = Dölj uppgifterna
curtain-button-hint = Dölj genast alla klientuppgifter på skärmen (F8)
curtain-title = Klientuppgifterna är dolda
curtain-help = Skärmen visar nu inga uppgifter om klienten. Uppgifterna kommer tillbaka först när du lyfter ridån.
curtain-lift = Visa uppgifterna igen
idle-locked-pin-notice = Datalagret låstes eftersom programmet inte användes på en stund. Fortsätt med PIN-koden.
idle-locked-notice = Datalagret låstes eftersom programmet inte användes på en stund. Öppna det med lösenfrasen.

## Klientskap och plan

saving = Sparar…
saved-at = Sparat kl. { $time }
client-view-open = Visa för klienten
client-plain-language = Lättläst finska (klientvyn och klientens papper)
client-window-open = Öppna i klientens fönster
client-window-nothing = Klientens vy är stängd.
client-window-deaf = Den här vyn uppdateras inte av sig själv. Stäng och öppna den igen.
clientship-title = Gemensamt klientskap
clientship-start-title = Inled gemensamt klientskap
clientship-reasons = Varför samarbetar social- och hälsovården med den här klienten?
clientship-other-reason = Annan orsak
clientship-start = Inled gemensamt klientskap
clientship-contact = Vem klienten kontaktar och hur
clientship-contact-help = Visas för klienten i klientens egen vy.
clientship-contact-save = Spara kontaktuppgifterna
team-title = Teamet
team-role-of = Uppgift: { $name }
team-remove = Ta bort ur teamet: { $name }
team-add-who = Lägg till i teamet
team-add-role = Uppgift
team-add = Lägg till
team-organisations = Organisationer och andra aktörer
team-organisations-none = Inga organisationer i teamet.
team-organisation-name = Organisationens namn
team-organisation-contact = Kontaktuppgift
team-organisation-add = Lägg till organisation
team-error-already-on-team = Personen finns redan i teamet.
team-error-not-on-team = Personen finns inte längre i teamet. Ladda om klientens uppgifter.
team-error-empty-name = Skriv organisationens namn.
team-error-duplicate-organisation = Organisationen finns redan i teamet.
team-error-no-such-organisation = Organisationen finns inte längre i teamet.
team-error-owns-actions = Planen har ännu åtgärder som getts hit. Ge dem först till någon annan.
due-title = På kommande
due-overdue = försenad
due-none = Inga tidsfrister på kommande.
clientship-started = Det gemensamma klientskapet inleddes { $date }.
reason-several-chronic-illnesses = Flera långvariga sjukdomar
reason-mental-health = Psykisk hälsa
reason-substance-use = Missbruk
reason-finances = Ekonomi
reason-housing = Boende
reason-loneliness = Ensamhet
reason-many-services-used = Använder många tjänster
reason-sent-between-services = Klienten har skickats från ställe till ställe
reason-daily-coping = Hur vardagen fungerar
reason-family-situation = Familjesituation
role-responsible-worker = ansvarig arbetstagare
role-hoitovastaava = vårdansvarig
role-omatyontekija = egen arbetstagare
role-member = medlem i det egna teamet
segment-title = Form av klientskap
segment-question-coping = Hur klarar du dig i vardagen?
segment-question-need = Har du få eller många bekymmer eller servicebehov som gäller hälsa och välbefinnande?
coping-easy = Jag klarar mig bra
coping-temporarily-difficult = Just nu är det svårt
coping-difficult = Vardagen är svår
need-few = Få
need-many = Många
segment-suggested = Enligt svaren:
segment-choice = Form av klientskap som vi kommit överens om
segment-reason = Varför valde ni en annan än den föreslagna?
segment-reason-required = Skriv varför ni valde en annan form än den föreslagna.
segment-answer-both = Svara på båda frågorna.
segment-client-view = Klientens egen syn
segment-save = Spara formen av klientskap
segment-omatoimi = Självständigt klientskap
segment-tuki = Stödklientskap
segment-yhteistyo = Samarbetsklientskap
segment-huolenpito = Omsorgsklientskap
segment-omatoimi-meaning = Du sköter dina ärenden mest själv. Du får hjälp när du tar kontakt.
segment-tuki-meaning = Du behöver stöd en tid framöver. Du får hjälp enligt behov.
segment-yhteistyo-meaning = Du har en namngiven kontaktperson som håller ihop helheten. Mötena planeras tillsammans.
segment-huolenpito-meaning = Du har en namngiven kontaktperson och ett team som regelbundet håller kontakt med dig. Ni träffas ofta tillsammans.
contact-self-service = Du tar själv kontakt elektroniskt eller per telefon.
contact-on-need = Du tar kontakt när du behöver hjälp; du får snabbt svar.
contact-named-person = Du kontaktar din egen kontaktperson direkt.
contact-proactive = Teamet håller kontakt med dig.
appointments-booked-by-client = Du bokar själv tid vid behov.
appointments-booked-for-the-need = En tid bokas åt dig enligt behov.
appointments-planned-series = Mötena planeras på förhand.
appointments-regular-joint = Ni har gemensamma möten regelbundet.
plan-title = Plan
plan-none = Ingen plan har gjorts ännu.
plan-start = Börja planen
plan-version-title = Plan, version { $version }
plan-status-draft = Utkast
plan-status-agreed = Godkänd
plan-goal-text = Nytt mål med klientens egna ord
plan-undo = Ångra den senaste ändringen
plan-goal-edit = Målet med klientens egna ord
plan-add-goal = Lägg till mål
plan-action-text = Vad görs
plan-action-owner = Vem gör det
plan-action-due = Senast
plan-add-action = Lägg till åtgärd
plan-move-up = Flytta upp: { $goal }
plan-move-down = Flytta ner: { $goal }
plan-goal-remove = Ta bort målet: { $goal }
plan-action-move-up = Flytta upp: { $action }
plan-action-move-down = Flytta ner: { $action }
plan-action-remove = Ta bort åtgärden: { $action }
plan-action-status = Läge
plan-drag = Dra för att flytta
action-status-not-started = Inte påbörjad
action-status-in-progress = Pågår
action-status-done = Klar
action-status-cancelled = Inställd
plan-review-date = Datum för uppföljning
plan-client-agreed = Klienten godkänner planen
plan-present = Närvarande
plan-client-present = Klienten
plan-history-title = Versionshistorik ({ $count } versioner)
plan-history-draft = Version { $version }: utkast
plan-history-agreed = Version { $version }: godkänd { $date } (närvarande { $present })
plan-agree = Godkänn och lås planen
plan-review-on = Planen följs upp { $date }.
plan-revise = Gör en ny version
plan-diff-title = Ändringar jämfört med version { $version }
plan-diff-none = Inga ändringar.
plan-diff-goal-added = Nytt mål: { $text }
plan-diff-goal-removed = Borttaget mål: { $text }
plan-diff-goal-reworded = Målet ändrades: ”{ $before }” → ”{ $after }”
plan-diff-action-added = Ny åtgärd: { $text }
plan-diff-action-removed = Borttagen åtgärd: { $text }
plan-diff-action-changed = Ändrad åtgärd: { $text }
plan-diff-wording = Formulering: ”{ $before }” → ”{ $after }”
plan-diff-owner = Vem gör: { $before } → { $after }
plan-diff-due = Senast: { $before } → { $after }
plan-diff-status = Läge: { $before } → { $after }
plan-diff-no-date = inget datum
plan-diff-review = Uppföljningsdatumet ändrades: { $before } → { $after }
plan-error-not-agreed = Endast en godkänd plan kan få en ny version.
plan-error-empty-text = Skriv en text innan du sparar.
plan-error-item = Punkten hittades inte. Läs in klientens uppgifter på nytt.
plan-error-owner = Den som utför åtgärden måste vara klienten eller en medlem i teamet.
plan-error-no-goals = Lägg till minst ett mål innan planen godkänns.
plan-error-no-review-date = Välj ett uppföljningsdatum innan planen godkänns.
plan-error-review-date = Uppföljningsdatumet måste vara efter datumet för godkännandet.
plan-error-client-agreed = Markera att klienten godkänner planen.
plan-error-participants = Teamet måste ha minst en yrkesperson.
owner-client = Du
owner-client-pro = Klienten
client-view-title = Din plan
client-view-goals = Dina mål och vem som gör vad
client-view-next = Nästa steg
client-view-by = senast { $date }
client-view-late = försenad
client-view-review = Vi går igenom planen tillsammans igen { $date }.
client-view-no-plan = Vi gör planen tillsammans.
client-view-agreed = Vad vi kom överens om
client-view-contact = Vem du kontaktar
client-view-responsible = Din kontaktperson är { $name }.
client-view-measure-title = Hur ditt liv går just nu
client-view-measure-intro = Svara med siffrorna 0–10. Du kan låta bli att svara på en fråga. Dina svar sparas i uppgifterna om din plan.
client-view-measure-start = Svara på frågorna
client-view-measure-saved = Tack! Dina svar har sparats.
client-view-close = Tillbaka

## Gemensam mottagning

appointment-title = Gemensam mottagning
appointment-mode = Sätt
appointment-mode-office = På mottagningen
appointment-mode-remote = På distans
appointment-mode-home-visit = Hembesök
appointment-agenda = Vad vi går igenom i dag
appointment-participants = Närvarande
appointment-client-present = Klienten
appointment-start = Inled den gemensamma mottagningen
appointment-past = Tidigare gemensamma mottagningar
appointment-running = Gemensam mottagning pågår
appointment-agreed = Vad vi kom överens om
appointment-end = Avsluta den gemensamma mottagningen
appointment-error-unfinished-note = En anteckning är ännu på hälft. Lägg till den eller töm fältet innan du avslutar mottagningen.
note-text = Anteckning
note-visibility = Synlig för
note-add = Lägg till anteckning
register-health-care = Hälsovård
register-social-welfare = Socialvård
visibility-shown-to-client = Visas för klienten
visibility-professional-only = Endast för yrkespersoner

## Helhetskartläggning

assessment-title = Helhetskartläggning
assessment-client-view = Klientens syn
assessment-professional-view = Yrkespersonens syn
assessment-need = Behov av stöd
assessment-resources = Egna resurser
assessment-save = Spara kartläggningen
domain-health = Hälsa
domain-mental-wellbeing = Humör och ork
domain-substance-use = Missbruk
domain-daily-functioning = Funktionsförmåga i vardagen
domain-housing = Boende
domain-finances = Ekonomi
domain-work-studies = Arbete, studier och dagliga sysslor
domain-family = Familj och närstående
domain-friends = Vänner och ensamhet
domain-safety = Trygghet
need-level-not-assessed = Inte bedömt ännu
need-level-no-need = Inget behov av stöd
need-level-some-need = Visst stöd
need-level-significant-need = Mycket stöd
client-view-strengths = Dina resurser

## Samtycken

consent-title = Samtycken till att lämna ut uppgifter
consent-social-to-health = Från socialvården till hälsovården
consent-health-to-social = Från hälsovården till socialvården
consent-given = givet { $date }
consent-withdrawn = återkallat { $date }
consent-withdraw = Återkalla samtycket
consent-direction = Riktning
consent-scope = Vilka uppgifter och för vilket ändamål
consent-record = Anteckna samtycket
crash-title = Kohtaamo stannade på grund av ett fel
crash-body = Det som har sparats finns kvar, och lagret är låst. Börja om och öppna lagret igen. Om felet upprepas, meddela supporten.
crash-restart = Börja om

# Date fields
date-placeholder = dd.mm.åååå
date-error-format = ”{ $text }” är inget datum. Skriv det som dd.mm.åååå, till exempel 8.12.2030.
date-error-no-such-day = Dagen { $text } finns inte i kalendern.

## Broken rules, said where they happen
rule-clientship-no-reason = Välj minst ett skäl till det gemensamma klientskapet eller skriv ett eget.
rule-clientship-counterpart-pair = Motpartsparet är en person från hälso- och sjukvården och en från socialvården i teamet.
rule-clientship-duplicate-role = Teamet kan ha bara en { $role }.
rule-clientship-status-reason = Skriv ett skäl när klientskapet avbryts eller avslutas.
rule-clientship-closed-before-start = Klientskapet kan inte avslutas innan det började.
rule-clientship-period-closed = Den här perioden av det gemensamma klientskapet har avslutats och kan inte längre ändras. Starta vid behov en ny period.
rule-clientship-same-status = Klientskapet har redan den här statusen.
team-error-pair-across-sectors = Motpartsparet är en person från hälso- och sjukvården och en från socialvården.
rule-segment-reason-required = Förslaget var { $suggested }. Skriv varför ni valde en annan klientskapsform.
rule-segment-no-assessor = Minst en yrkesperson ska vara med i bedömningen.
rule-segment-consequences-incomplete = Organisationens inställningar säger inte vad { $segment } innebär.
rule-assessment-duplicate-domain = Livsområdet { $domain } har antecknats två gånger i samma register.
rule-appointment-too-few-participants = En gemensam mottagning har minst två yrkespersoner. Lägg till en kollega i teamet innan du börjar mottagningen.
rule-appointment-author-not-participant = Du antecknar, men du deltar inte i den här mottagningen. Lägg till dig själv i teamet.
rule-appointment-empty-note = Skriv anteckningens text.
rule-appointment-ended = Mottagningen har avslutats och kan inte längre ändras.
rule-appointment-notes-changed = En anteckning som redan har gjorts kan inte ändras. Ladda klientens uppgifter på nytt.
rule-appointment-speaker-not-participant = Den som talade ska delta i mottagningen.
rule-consent-no-scope = Skriv vilka uppgifter samtycket gäller och till vem.
rule-consent-withdrawn-before-given = Ett samtycke kan inte återkallas innan det har getts.
rule-consent-only-withdrawal = Ett antecknat samtycke kan inte ändras, bara återkallas. Anteckna vid behov ett nytt.
rule-service-use-bad-month = Månaden { $month } är inte 1–12.
rule-service-use-no-service = Välj tjänst.
rule-measure-other-instrument = Svaret gäller en annan mätare eller version än den som frågades.
rule-measure-unknown-instrument = Mätaren eller dess version finns inte i det här datalagret. Importera mätarfilen först.
rule-measure-no-such-item = Mätaren har ingen fråga ”{ $item }”.
rule-measure-item-twice = Frågan ”{ $item }” är besvarad två gånger.
rule-measure-out-of-scale = Ange ett värde mellan { $min } och { $max }.
rule-measure-nothing-answered = Svara på minst en fråga.
rule-measure-too-young = Mätaren är för personer som fyllt { $minimum } år.
rule-measure-point-taken = { $point ->
        [start] Startmätningen
        [middle] Mellanmätningen
        [end] Slutmätningen
       *[other] Den här mätningen
    } är redan gjord under den här perioden av gemensamt klientskap.
rule-measure-no-points = Mätpunkterna (start, mellan, slut) hör till livssituationsmätaren.
rule-measure-note-too-long = Diskussionsanteckningen är längre än { $most } tecken.
rule-measure-no-such-viewpoint = Mätaren har inget perspektiv ”{ $viewpoint }”.
rule-measure-in-the-future = Svarsdagen är efter i dag.
rule-experience-out-of-scale = Ge ett betyg mellan 0 och 10.
rule-experience-nothing-answered = Svara på minst en fråga eller skriv respons.
rule-experience-feedback-too-long = Responsen är längre än { $most } tecken.
rule-professional-empty-name = Skriv namnet.
rule-professional-too-long = Fältet ”{ $field }” är för långt (högst { $max } tecken).
rule-professional-email = Adressen för skyddad e-post är inte en e-postadress.
rule-professional-owner-without-register = Välj hälso- och sjukvård eller socialvård: du antecknar klientuppgifter i din egen sektors register.
rule-professional-not-found = Personen finns inte. Ladda uppgifterna på nytt.
rule-case-no-clientship = Börja först det gemensamma klientskapet.
rule-case-already-recorded = Klienten har redan den här uppgiften.
rule-case-no-profile = Spara först dina egna uppgifter: anteckningarna görs i ditt namn.
rule-case-other-client = Uppgiften hör till en annan klient och sparades inte.
rule-case-history = Det här är historik och kan inte ändras. Anteckna en ny.
rule-case-demo-needs-temporary-hetu = I demolagret kan bara tillfälliga personbeteckningar (individnummer 900–999) läggas till. En verklig persons uppgifter sparas inte i demon.
rule-case-clientship-open = Klientens gemensamma klientskap är fortfarande öppet. Avsluta den nuvarande perioden innan en ny startas.
rule-case-no-plan = Klienten har ännu ingen plan.
rule-case-plan-not-agreed = Planen är ännu inte överenskommen. Kom överens om planen med klienten innan ni ger den till hen.

## Who I am and who I work with
profile-setup-title = Vem är du?
profile-setup-lead = Allt som antecknas på den här datorn antecknas i ditt namn och i din egen sektors register. Berätta därför först vem du är. Du kan ändra uppgifterna senare i inställningarna.
profile-choose-title = Välj dig själv
profile-choose = Jag är { $name }
profile-form-title = Dina uppgifter
profile-form-title-or = Eller skriv dina egna uppgifter
profile-name = Namn
profile-role = Yrkesbeteckning
profile-role-other = Annan beteckning
profile-role-other-title = Beteckning
profile-sector = Sektor
profile-organisation = Organisation
profile-unit = Enhet
profile-phone = Telefon
profile-secure-email = Skyddad e-post
profile-save = Spara dina uppgifter
title-sairaanhoitaja = sjukskötare
title-terveydenhoitaja = hälsovårdare
title-laakari = läkare
title-sosiaalityontekija = socialarbetare
title-sosiaaliohjaaja = socialhandledare
title-mielenterveys-ja-paihdetyontekija = mentalvårds- och missbrukararbetare
title-fysioterapeutti = fysioterapeut
title-suun-terveydenhuolto = munhälsovård
sector-health-care = Hälso- och sjukvård
sector-social-welfare = Socialvård
sector-third-sector = Organisation (tredje sektorn)
sector-own-network = Klientens närstående
settings-open = Inställningar och kolleger
settings-title = Inställningar
settings-close = Tillbaka till klienterna
settings-profile = Dina uppgifter
settings-profile-edit = Ändra dina uppgifter
colleagues-title = Kolleger
colleagues-help = De du arbetar med: de kan läggas till i klientens team. En kollega som tagits ur bruk syns fortfarande i tidigare anteckningar.
colleagues-none = Du har ännu inte lagt till kolleger.
colleague-retired = Tagen ur bruk
colleague-edit = Ändra
colleague-edit-named = Ändra: { $name }
colleague-retire = Ta ur bruk
colleague-restore = Ta i bruk igen
colleague-new-title = Ny kollega
colleague-add = Lägg till kollega
colleague-save = Spara

## Who said what
note-said-by-label = Vem sade det
said-by-self = Min egen anteckning ({ $name })
said-by-client = Klienten
note-said-by = { $who } berättade, antecknat av { $writer }
note-written-by = antecknat av { $writer }
assessment-writer = Du antecknar som { $name } i registret: { $register }.
assessment-other-register = { $register }, antecknat av { $name }
team-you = du
team-contact-to-client = Kontaktuppgifter till klienten
team-add-none = Kolleger som lagts till i inställningarna kan tas med i teamet. Lägg till en ny kollega i inställningarna.
team-pair-title = Motpartspar
team-pair-none = Inget motpartspar har ännu avtalats.
team-pair-health = Från hälso- och sjukvården
team-pair-social = Från socialvården
team-pair-set = Avtala motpartspar
team-pair-needs-both = Motpartsparet avtalas när teamet har en yrkesperson från både hälso- och sjukvården och socialvården.
client-view-phone = Telefon:
client-view-email = E-post:

## The organisation's directory file
error-directory-invalid = Katalogfilen har { $count } felaktiga poster. Ingenting importerades.
directory-entry-file = Filen
directory-entry-person = Person { $number } (nyckel { $key })
directory-entry-person-no-key = Person { $number }
directory-entry-organisation = Organisation { $number } (nyckel { $key })
directory-entry-organisation-no-key = Organisation { $number }
directory-problem-not-json = filen är inte JSON (rad { $line }, kolumn { $column })
directory-problem-format = filen är inte en Kohtaamo-katalog (format ”{ $found }”, borde vara ”kohtaamo-directory/1”)
directory-problem-missing = fältet ”{ $field }” saknas
directory-problem-not-text = fältet ”{ $field }” har ett värde av fel typ
directory-problem-sector = sektorn ”{ $value }” är inte health-care, social-welfare, third-sector eller own-network
directory-problem-key-too-long = nyckeln är för lång (högst { $max } tecken)
directory-problem-duplicate-key = nyckeln ”{ $key }” har redan en annan person eller organisation
directory-title = Organisationens katalog
directory-help = Importera katalogfilen som IT-förvaltningen upprätthåller (JSON): dess personer och organisationer läggs till eller uppdateras. Samma nyckel betyder samma person. Om filen har ett enda fel importeras ingenting.
directory-file = Katalogfil
directory-import = Importera katalogen
directory-choose-file = Välj först en fil.
directory-imported = Katalogen importerades: { $added } nya personer, { $updated } uppdaterade, { $organisations } organisationer.
organisations-title = Organisationer
organisations-none = Du har ännu inte lagt till organisationer.

## The organisation's settings
org-settings-title = Organisationens inställningar
org-settings-help = Organisationens gemensamma inställningar från en fil som IT-förvaltningen upprätthåller. Innan en fil importeras gäller Kohtaamos standardvärden.
org-settings-segments = Klientskapsformer
org-settings-review-interval = planen utvärderas var { $months }:e månad
org-settings-named-contact = namngiven kontaktperson
org-settings-idle-lock = Skärmlås
org-settings-idle-minutes = Låses efter { $minutes } min utan användning, under en gemensam mottagning efter { $appointment } min.
org-settings-custodians = Registeransvariga
org-settings-custodian-none = inte angiven
org-settings-statement = Påståendet om klientupplevelsen
org-settings-file = Inställningsfil
org-settings-import = Importera inställningarna
org-settings-imported = Inställningarna har importerats och gäller.
error-settings-invalid = Inställningsfilen har { $count } fel. Ingenting ändrades.
error-instrument-invalid = Mätarfilen kan inte användas: { $reason }. Inget importerades.
error-instrument-version-taken = Version { $version } av mätaren { $id } finns redan i datalagret med annat innehåll. Ge filen ett nytt versionsnummer.
error-export-exists = Filen { $name } finns redan. Kohtaamo skriver inte över den: välj ett annat namn.
error-export-not-written = Filen { $name } kunde inte skrivas (är disken full eller mappen skrivskyddad?). Ingenting sparades.
error-period-reversed = Perioden slutar innan den börjar. Kontrollera datumen.
error-no-custodian = FHIR-filen kan inte göras: organisationens inställningar anger ingen personuppgiftsansvarig för registret { $register }. Importera en inställningsfil med den ansvariges namn och kod.
error-handout-not-saved = Spara pappret först. Sedan kan du öppna det för utskrift.
error-handout-not-opened = Filen { $name } kunde inte öppnas: datorn har inget program för PDF-filer. Filen är sparad; öppna den själv för att skriva ut.
settings-problem-not-json = filen är inte JSON (rad { $line }, kolumn { $column })
settings-problem-format = filen är inte en inställningsfil för Kohtaamo (format ”{ $found }”, borde vara ”kohtaamo-settings/1”)
settings-problem-missing = { $field } saknas
settings-problem-wrong-kind = { $field } har ett värde av fel typ
settings-problem-unknown-value = { $field }: ”{ $value }” är inte ett tillåtet värde
settings-problem-out-of-range = { $field } ska vara mellan { $min } och { $max }
settings-problem-unknown-field = okänt fält { $field }
withheld-notice = { $register }: { $notes } anteckningar och { $entries } punkter i kartläggningen visas inte, eftersom klientens samtycke saknas. De visas när samtycke i den riktningen har antecknats under Samtycken.
consent-help = Ett samtycke gäller en riktning: medan det gäller visas det andra registrets uppgifter. Omfattningen antecknas tills vidare som fri text, och Kohtaamo begränsar inte uppgifterna enligt den.

## Det gemensamma klientskapets status och perioder
clientship-status-active = Status: aktivt
clientship-status-paused = Status: pausat. Orsak: { $reason }
clientship-status-closed = Perioden avslutades { $date }. Orsak: { $reason }
clientship-status-change = { $date }: { $status } ({ $name })
clientship-earlier-periods = Tidigare perioder ({ $count })
clientship-status-reason = Orsak till paus eller avslut
clientship-pause = Pausa klientskapet
clientship-resume = Fortsätt klientskapet
clientship-close = Avsluta perioden
clientship-restart-title = Starta en ny period av det gemensamma klientskapet
clientship-restart = Starta en ny period
segment-history = Tidigare segmenteringar ({ $count })
segment-earlier = { $date }: { $segment } (bedömd av { $names })
assessment-history = Bedömningen tidigare dagar ({ $count })
assessment-earlier = Så här såg bedömningen ut fram till { $date } kl. { $time }, då { $name } ändrade den.

## Klientens rapport om användningen av hens uppgifter
report-open = Användning och utlämnande av uppgifter
report-print = Skriv ut
report-close = Tillbaka till klientens uppgifter
report-title = Vem har använt dina uppgifter
report-client = { $name }. Rapporten gjord { $date } kl. { $time }.
report-covers = Rapporten omfattar endast Kohtaamo-lagret på den här bärbara datorn (id { $store }). Uppgifter om användning i andra system, till exempel patientdatasystemet eller socialvårdens klientdatasystem, får du av den personuppgiftsansvariga.
report-used-title = Användning av uppgifterna
report-disclosed-title = Utlämnande av uppgifterna (utskrifter och överföringar)
report-none = Inga anteckningar.
report-col-when = När
report-col-who = Vem
report-col-what = Vad
report-col-why = Varför
report-who-before-profiles = Anteckning gjord före användarprofilerna
report-action-read = Läste
report-action-create = Antecknade
report-action-update = Ändrade
report-action-listed = Ditt namn visades i en klientlista
report-action-export = Lämnade ut
report-record-client = personuppgifter
report-record-case = klientens alla uppgifter
report-record-plan = planen
report-record-clientship = klientskapet och teamet
report-record-segment-assessment = segmenteringen
report-record-holistic-assessment = den helhetsbetonade bedömningen
report-record-appointment = det gemensamma mötet
report-record-consent = samtycket
report-record-service-use = användningen av tjänster
report-record-access-log = loggen över användningen
report-record-access-report = den här rapporten
report-record-client-list = klientlistan
report-record-measure = svar på en uppföljningsmätare
report-record-measure-by-client = svar på en uppföljningsmätare som du själv gav
report-record-fhir-health-care = uppgifter till patientdatasystemet (FHIR, hälso- och sjukvård)
report-record-fhir-social-welfare = uppgifter till klientdatasystemet (FHIR, socialvård)
handouts-title = Papper och filer
handout-plan-save = Spara planen för klienten (PDF)…
handout-info-sheet-save = Spara informationsbladet för klienten (PDF)…
handout-save-title = Spara klientens papper
handout-saved = Sparat: { $name }.
handout-needs-agreed-plan = Planen kan ges till klienten när den är överenskommen.
handouts-intro = Filen sparas bara där du väljer. Varje utlämnande syns i klientens loggrapport.
handout-open = Öppna för utskrift
fhir-save = Spara som FHIR-fil för den officiella journalen…
fhir-save-title = Spara FHIR-filen
fhir-saved = Sparat: { $name } (FHIR R4, uppgifterna i ditt register).
report-record-handout-plan = en kopia av planen till klienten (PDF)
report-record-handout-info-sheet = informationsbladet om gemensamt klientskap till klienten (PDF)
report-times = { $count } gånger
report-channel-cli = med underhållsverktyget
report-purpose-care = vård och tjänster
report-purpose-joint-appointment = gemensamt möte
report-purpose-client-request = din egen begäran
report-purpose-administration = underhåll av datasystemet
report-purpose-knowledge-management = kunskapsbaserad ledning (endast sammanfattande siffror)

## Startvyn
start-open = Startsida
start-title = Egna klienter och uppgifter
start-show-all = Visa alla ({ $count })
start-nothing = Ingenting just nu.
start-reviews-title = Planens utvärdering försenad eller inom { $days } dagar
start-review-past = utvärderingen var { $date } (försenad)
start-review-soon = utvärdering { $date }
start-late-title = Försenade åtgärder
start-late-detail = { $count } försenade, den äldsta { $date }
start-no-plan-title = Ingen godkänd plan
start-measures-title = Aktuella mätningar
start-measures-detail = { $count ->
        [one] en mätning
       *[other] { $count } mätningar
    } aktuell sedan { $date }
start-mine-title = Egna klienter ({ $count })

## Navigering på klientens sida
nav-label = Klientens uppgifter
nav-clientship = Klientskap
nav-segment = Segmentering
nav-appointment = Möte
nav-assessment = Bedömning
nav-plan = Plan
nav-consents = Samtycken
nav-not-started = inte startat
nav-paused = pausat
nav-closed = perioden avslutad
nav-not-assessed = inte bedömt
nav-running = pågår
nav-no-plan = ingen plan
nav-review-past = utvärderingen försenad
nav-late = { $count } försenade

## Användning av tjänster
nav-measures = Mätare
nav-measure-due = { $names } aktuell
measures-title = Uppföljning: mätare
measure-not-offered = Den här mätaren erbjuds inte till personer under { $minimum } år.
measure-due = { $point ->
        [start] Startmätningen är aktuell.
        [middle] Mellanmätningen är aktuell.
        [end] Slutmätningen är aktuell: det gemensamma klientskapet har avslutats.
       *[other] En mätning är aktuell.
    }
measure-none-yet = Inga svar ännu under den här perioden.
measure-start = { $point ->
        [start] Fyll i startmätningen
        [middle] Fyll i mellanmätningen
        [end] Fyll i slutmätningen
       *[other] Fyll i en mellanliggande mätning
    }
measure-entered-by = Vem svarar
measure-entered-by-option = { $by ->
        [client] Klienten själv på den gemensamma skärmen
        [professional] Yrkespersonen antecknar det klienten säger
       *[paper] Från en pappersblankett
    }
measure-in-clients-language = Blanketten är på klientens språk. Klienten kan låta bli att svara på en fråga.
measure-question-help = Välj ett nummer för varje fråga.
measure-scale-help = { $min } = { $min_label }, { $max } = { $max_label }
measure-discuss = Diskutera: betydelse och framtid (valfritt)
measure-answered-count = Besvarat { $count } / { $total }
measure-save = Spara svaren
measure-cancel = Avbryt
measure-answer-label = { $point ->
        [start] Start
        [middle] Mellan
        [end] Slut
       *[other] Mellanliggande
    } { $date }
measure-chart-title = { $name }: förändring från en mätning till nästa
measure-as-table = Visa som tabell
measure-item = Fråga
measure-unofficial-translation = Översättningen är Kohtaamos egen, inte mätarägarens officiella.
nav-service-use = Användning av tjänster
service-use-title = Användning av tjänster
service-use-service = Tjänst
service-use-month = Månad
service-use-contacts = Besök och kontakter
service-use-save = Spara månadens besök
service-use-contacts-invalid = Ange antalet besök som ett heltal mellan 0 och { $most }.
service-use-recorded = { $month } { $service }: { $count }
service-use-compare-not-yet = Jämförelsen före och efter visas när en hel månad har gått sedan det gemensamma klientskapet började.
service-use-compare-title = Besök { $months } mån. före det gemensamma klientskapet och { $months } mån. efter att det började
service-use-before = Före
service-use-after = Efter
service-use-change = Förändring

## Instrument files a unit imports: what is wrong, field named.
instrument-problem-not-json = filen är inte i JSON-format (rad { $line }, kolumn { $column })
instrument-problem-format = filen är inte en mätarfil för Kohtaamo (format ”{ $found }”, borde vara ”kohtaamo-instrument/1”)
instrument-problem-missing = { $field } saknas
instrument-problem-wrong-kind = fältet { $field } har ett värde av fel slag
instrument-problem-unknown-field = { $field } är ett okänt fält
instrument-problem-unknown-value = { $field }: ”{ $value }” är inte ett tillåtet värde
instrument-problem-empty = { $field } är tomt
instrument-problem-bad-id = { $field }: ”{ $value }” duger inte som identifierare (endast små bokstäver a–z, siffror och bindestreck)
instrument-problem-duplicate = { $field }: ”{ $value }” upprepas
instrument-problem-out-of-range = { $field } ska vara mellan { $min } och { $max }
instrument-problem-bands = { $field }: färggränserna ska täcka skalan en gång, från lägsta till högsta värdet
instrument-problem-several-overall = { $field }: bara en fråga kan vara helhetsbedömningen

## The instruments in the settings screen.
instruments-title = Mätare
instruments-help = Appen levereras med livssituationsmätaren 3X10D. Enheten kan importera sin egen mätare (till exempel en PROM-enkät) som en mätarfil; filen assets/instruments/example-prom.json är ett exempel. Varje svar minns vilken version av frågorna det gavs i.
instruments-version = version { $version }, { $items } frågor, { $kind ->
        [life-situation] livssituationsmätare (start, mellan, slut)
       *[prom] PROM-enkät
    }
instruments-file = Mätarfil (JSON)
instruments-import = Importera mätaren
instruments-imported = Importerad: { $name }, version { $version }.

## Säkerhetskopior
backup-title = Säkerhetskopia
backup-help = En säkerhetskopia är en enda krypterad fil som öppnas med datalagrets lösenfras. Förvara den någon annanstans än på den här datorn, till exempel på organisationens nätverksenhet: en borttappad eller stulen dator får inte ta sina säkerhetskopior med sig. Därför kan en säkerhetskopia inte sparas i datalagrets egen mapp.
backup-button = Gör en säkerhetskopia…
backup-dialog-title = Spara säkerhetskopian
backup-dialog-filter = Kohtaamos säkerhetskopia
backup-progress-label = Säkerhetskopians förlopp
backup-stage-copying = Datalagret kopieras…
backup-stage-writing = Filen skrivs…
backup-stage-verifying = Filen kontrolleras…
backup-stage-checking = Det återställda datalagret kontrolleras…
backup-done = Säkerhetskopian är gjord och kontrollerad: { $file }, { $size }, { $clients } klienter.
file-size-kb = { $value } kB
file-size-mb = { $value } MB
restore-title = Återställ från en säkerhetskopia
restore-help = Återställ ditt eget datalager från en säkerhetskopia, till exempel på en ny dator. Återställningen görs bara om den här datorn ännu inte har något eget datalager: ett befintligt datalager rör den inte.
restore-button = Återställ från en säkerhetskopia…
restore-dialog-title = Välj säkerhetskopian som ska återställas
restore-chosen = Vald säkerhetskopia: { $file }, { $size }, gjord { $date }.
restore-passphrase-label = Säkerhetskopians lösenfras
restore-passphrase-help = Lösenfrasen som datalagret hade när säkerhetskopian gjordes.
restore-submit = Kontrollera och återställ
restore-progress-label = Återställningens förlopp
restore-choose-other = Välj en annan fil
backup-error-wrong-passphrase = Lösenfrasen öppnar inte den här säkerhetskopian. Använd lösenfrasen som datalagret hade när säkerhetskopian gjordes. Ingenting återställdes.
backup-error-not-a-backup = Den valda filen är inte en säkerhetskopia från Kohtaamo. Välj en fil som slutar på .kohtaamo-backup.
backup-error-truncated = Säkerhetskopian är ofullständig: den har brutits av, till exempel när den kopierades. Ingenting återställdes. Kopiera filen på nytt eller använd en annan säkerhetskopia.
backup-error-damaged = Säkerhetskopian har ändrats eller skadats och kan inte användas. Ingenting återställdes. Använd en annan säkerhetskopia.
backup-error-disk-full = Disken är full. Ingen halvfärdig fil lämnades kvar. Frigör utrymme eller välj en annan disk.
backup-error-destination-exists = Det finns redan en fil med det namnet. En säkerhetskopia skriver aldrig över filer: välj ett annat namn.
backup-error-inside-store-folder = En säkerhetskopia kan inte sparas i datalagrets egen mapp: en borttappad eller stulen dator skulle då ta sina säkerhetskopior med sig. Välj en annan mapp, till exempel en nätverksenhet eller ett USB-minne.
backup-error-own-store-exists = Den här datorn har redan ett eget datalager. Återställningen rör inte ett befintligt datalager, så ingenting återställdes. Öppna det nuvarande datalagret, eller be IT-stödet att först flytta bort det.
backup-error-no-file-chosen = Välj först säkerhetskopian som ska återställas.

## Client experience (anonymous).
experience-title = Berätta om din upplevelse
experience-anonymous = Ditt svar är anonymt: varken ditt namn, din personbeteckning eller dagen sparas, bara enheten och månaden.
experience-recommend = Hur sannolikt är det att du skulle rekommendera vår tjänst till en vän eller närstående?
experience-recommend-scale = 0 = inte alls sannolikt, 10 = mycket sannolikt
experience-statement-scale = 0 = helt av annan åsikt, 10 = helt av samma åsikt
experience-feedback = Fri respons (valfritt)
experience-save = Skicka svaret
experience-thanks = Tack för din respons!
experience-saved = Svaret har sparats. Du kan anteckna nästa.
experience-month = Månaden svaret gäller
experience-typed-title = Klientupplevelse från sms-enkäten
experience-typed-help = Anteckna här svaren på sms-enkäten. De sparas anonymt, med enhet och månad.

## The figures (aggregates of the own caseload).
figures-open = Siffror
figures-title = Siffror: mina egna klienter
figures-whose = Det här är siffrorna för datalagret på den här datorn, alltså dina egna klienter. Enhetens siffror från alla datorer kommer med teamservern.
figures-rule = Siffrorna är antal olika klienter (för klientupplevelse antal svar, eftersom svaren är anonyma). Ett antal under { $min } döljs, och på en rad med summa döljs också det näst minsta, så att det dolda inte kan räknas ut.
figures-hidden = under { $min }
figures-share = { $part } / { $of } ({ $percent } %)
figures-from = Från
figures-to = Till
figures-period-reversed = Perioden slutar innan den börjar. Välj som slutdag startdagen eller en senare dag.
figures-clients = Gemensamma klienter per månad
figures-month = Månad
figures-new = Nya
figures-active = Aktiva
figures-closed = Avslutade
figures-segments = Segment i slutet av perioden
figures-total = Totalt
figures-agreed-plan = Klienter med en godkänd plan
figures-reviews-on-time = Utvärderingar i tid
figures-change-title = 3X10D: förändring från startmätningen till den senaste
figures-change-none = Ännu inga klienter med en startmätning och en senare mätning.
figures-experience = Klientupplevelse
figures-nps = Rekommendationsindex (NPS)
figures-nps-value = { $nps } (svar { $n })
figures-statement = Organisationens eget påstående (0–10)
figures-statement-value = medelvärde { $mean } (svar { $n })
figures-service-use = Användning av tjänster före och efter
figures-clients-n = Klienter
figures-export = Spara som CSV-fil…
figures-export-title = Spara siffrorna
figures-exported = Siffrorna har sparats: { $name }
figures-close = Stäng
figures-prom-title = { $name }: frågornas medelvärden
figures-mean = Medelvärde (0–10)
