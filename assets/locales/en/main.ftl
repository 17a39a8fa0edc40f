# Kohtaamo — English

loading = Loading…
working = One moment…
language-label = Language
lock-button = Lock
cancel-button = Cancel
store-demo-tag = Demo store

## First start

welcome-title = Welcome to Kohtaamo
welcome-lead = In Kohtaamo, social and health care professionals and the client make one shared plan. Client data is stored encrypted on this computer only.
create-store-title = Create your own store
create-store-help = Choose a passphrase that opens the store. Use at least 12 characters, for example several words. A forgotten passphrase cannot be recovered.
passphrase-label = Passphrase
passphrase-confirm-label = Passphrase again
create-store-button = Create store
demo-store-title = Try the demo store
demo-store-help = The demo store holds only invented clients and temporary identity codes. It is a safe place to practise.
demo-store-button = Open the demo store

## Unlocking

unlock-title-own = Unlock the store
unlock-title-demo = Unlock the demo store
demo-passphrase-hint = The demo store's passphrase is
unlock-button = Unlock
switch-to-demo = Open the demo store
switch-to-own = Open your own store
switch-to-create = Create your own store

## Clients

clients-title = Clients
search-label = Search by name or identity code
search-placeholder = E.g. Virtanen or 010190
clients-none = No clients yet. Add the first client.
clients-no-match = No clients match the search.
choose-client-hint = Choose a client from the list or add a new client.
add-client-button = Add client
add-client-title = New client
client-name-label = Name
client-hetu-label = Personal identity code
client-hetu-help = Form DDMMYY-NNNC, for example 010190-9xxx
client-language-label = Language of service
client-language-fi = Finnish
client-language-sv = Swedish
client-language-en = English
client-language-other = another language
client-birth-date-label = Date of birth
hetu-temporary-tag = Temporary code
save-client-button = Save client

## Errors

error-wrong-passphrase = The passphrase is wrong. Check it and try again.
error-passphrase-too-short = The passphrase must have at least { $min } characters.
error-passphrases-differ = The passphrases do not match.
error-no-store-selected = No store has been chosen.
error-store-exists = A store already exists on this computer.
error-store-missing = The store cannot be found.
error-locked = The store is locked. Unlock it again.
error-client-not-found = The client cannot be found.
error-store-in-use = The store is open in another program (for example the administration tool). Close it there and try again.
error-plan-locked = This version of the plan was agreed and can no longer change. Make a new version of it.
error-rule = Nothing was saved because a rule is not met: { $detail }
error-stale-revision = This was changed elsewhere after you opened it. Your change was not saved: reload and make the change again.
error-duplicate-hetu = A client with this identity code already exists.
error-invalid-client = Check the client's details.
error-internal = Unexpected error. Nothing saved was lost. Technical detail: { $detail }
name-error-empty = Enter the client's name.
name-error-too-long = The name is too long (at most { $max } characters).
name-error-control-characters = The name contains characters that are not allowed.
hetu-error-format = A personal identity code has 11 characters: date of birth DDMMYY, a separator, three digits and a check character.
hetu-error-century-sign = “{ $sign }” is not a century sign. Use +, -, Y, X, W, V, U, A, B, C, D, E or F.
hetu-error-date = The date of birth in the identity code is not a real date.
hetu-error-individual-number = The individual number must be between 002 and 999.
hetu-error-control-character = The check character does not match: it should be “{ $expected }” but is “{ $found }”.

## Privacy

curtain-button = Hide details
curtain-button-hint = Hide every client detail from the screen at once (F8)
curtain-title = Client details are hidden
curtain-help = Nothing about the client is on the screen now. The details come back only when you lift the curtain.
curtain-lift = Show the details again
idle-locked-notice = The store was locked because the app was not used for a while. Open it with your passphrase.
