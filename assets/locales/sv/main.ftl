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
choose-client-hint = Välj en klient i listan eller lägg till en ny klient.
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
error-rule = Uppgifterna sparades inte eftersom de bryter mot en regel: { $detail }
error-pin-format = PIN-koden ska ha { $min }–{ $max } siffror.
error-wrong-pin = PIN-koden är fel. { $tries ->
    [one] Ett försök kvar.
   *[other] { $tries } försök kvar.
}
error-pin-tries-used-up = PIN-koden var fel för många gånger. Öppna datalagret med lösenfrasen.
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
note-author = Antecknad av
note-visibility = Synlig för
note-add = Lägg till anteckning
register-health-care = Hälsovård
register-social-welfare = Socialvård
visibility-shown-to-client = Visas för klienten
visibility-professional-only = Endast för yrkespersoner

## Helhetskartläggning

assessment-title = Helhetskartläggning
assessment-author = Antecknad av
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
