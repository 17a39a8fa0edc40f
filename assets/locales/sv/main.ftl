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
idle-locked-notice = Datalagret låstes eftersom programmet inte användes på en stund. Öppna det med lösenfrasen.
