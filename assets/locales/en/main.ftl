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
pin-label = PIN
pin-resume = Continue
pin-use-passphrase = Use the passphrase
pin-new-label = PIN for a quick resume (optional)
pin-new-help = 4–8 digits. When the app locks after being idle, you can continue with the PIN instead of the passphrase. After three wrong tries the passphrase is needed.
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
error-pin-format = The PIN must have { $min }–{ $max } digits.
error-wrong-pin = The PIN is wrong. { $tries ->
    [one] One try left.
   *[other] { $tries } tries left.
}
error-pin-tries-used-up = The PIN was wrong too many times. Open the store with your passphrase.
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
idle-locked-pin-notice = The store was locked because the app was not used for a while. Continue with your PIN.
idle-locked-notice = The store was locked because the app was not used for a while. Open it with your passphrase.

## Clientship and plan

saving = Saving…
saved-at = Saved at { $time }
client-view-open = Show to the client
client-window-open = Open in the client's window
client-window-nothing = The client view is closed.
client-window-deaf = This view does not update by itself. Close it and open it again.
clientship-title = Joint clientship
clientship-start-title = Start a joint clientship
clientship-reasons = Why do social welfare and health care work together with this client?
clientship-other-reason = Another reason
clientship-start = Start the joint clientship
clientship-contact = Whom the client contacts, and how
clientship-contact-help = Shown to the client in their own view.
clientship-contact-save = Save the contact details
team-title = Team
team-role-of = Role: { $name }
team-remove = Remove from the team: { $name }
team-add-who = Add to the team
team-add-role = Role
team-add = Add
team-organisations = Organisations and other partners
team-organisations-none = No organisations on the team.
team-organisation-name = Organisation name
team-organisation-contact = Contact
team-organisation-add = Add organisation
team-error-already-on-team = They are already on the team.
team-error-not-on-team = They are no longer on the team. Reload the client's details.
team-error-empty-name = Write the organisation's name.
team-error-duplicate-organisation = The organisation is already on the team.
team-error-no-such-organisation = The organisation is no longer on the team.
team-error-owns-actions = The plan still gives actions to them. Give those actions to someone else first.
due-title = Coming up
due-overdue = overdue
due-none = Nothing is due.
clientship-started = The joint clientship started on { $date }.
reason-several-chronic-illnesses = Several long-term illnesses
reason-mental-health = Mental health
reason-substance-use = Substance use
reason-finances = Money matters
reason-housing = Housing
reason-loneliness = Loneliness
reason-many-services-used = Uses many services
reason-sent-between-services = Has been sent from one service to another
reason-daily-coping = Coping with everyday life
reason-family-situation = Family situation
role-responsible-worker = responsible worker
role-hoitovastaava = care coordinator (health)
role-omatyontekija = named social worker
role-member = own team member
segment-title = Kind of clientship
segment-question-coping = How are you coping with everyday life?
segment-question-need = Do you have few or many worries or needs for services about your health and wellbeing?
coping-easy = I am coping well
coping-temporarily-difficult = It is hard right now
coping-difficult = Everyday life is hard
need-few = Few
need-many = Many
segment-suggested = From the answers:
segment-choice = The kind of clientship agreed together
segment-reason = Why did you choose another than the suggested one?
segment-reason-required = Write why you chose another kind than the suggested one.
segment-answer-both = Answer both questions.
segment-client-view = The client's own view
segment-save = Save the kind of clientship
segment-omatoimi = Self-care clientship
segment-tuki = Support clientship
segment-yhteistyo = Collaboration clientship
segment-huolenpito = Intensive care clientship
segment-omatoimi-meaning = You mostly take care of things yourself. You get help when you get in touch.
segment-tuki-meaning = You need support for a while now. You get help as you need it.
segment-yhteistyo-meaning = You have a named contact person who keeps the whole together. Appointments are planned together.
segment-huolenpito-meaning = You have a named contact person and a team who keep in touch with you regularly. You meet together often.
contact-self-service = You get in touch yourself online or by phone.
contact-on-need = You get in touch when you need help; you get a quick answer.
contact-named-person = You contact your own contact person directly.
contact-proactive = The team keeps in touch with you.
appointments-booked-by-client = You book an appointment yourself when needed.
appointments-booked-for-the-need = An appointment is booked for you as needed.
appointments-planned-series = Appointments are planned in advance.
appointments-regular-joint = You have joint appointments regularly.
plan-title = Plan
plan-none = No plan has been made yet.
plan-start = Start the plan
plan-version-title = Plan, version { $version }
plan-status-draft = Draft
plan-status-agreed = Agreed
plan-goal-text = A new goal in the client's own words
plan-undo = Undo the last change
plan-goal-edit = The goal in the client's own words
plan-add-goal = Add goal
plan-action-text = What is done
plan-action-owner = Who does it
plan-action-due = By when
plan-add-action = Add action
plan-move-up = Move up: { $goal }
plan-move-down = Move down: { $goal }
plan-goal-remove = Remove goal: { $goal }
plan-action-move-up = Move up: { $action }
plan-action-move-down = Move down: { $action }
plan-action-remove = Remove action: { $action }
plan-action-status = Status
plan-drag = Drag to move
action-status-not-started = Not started
action-status-in-progress = In progress
action-status-done = Done
action-status-cancelled = Cancelled
plan-review-date = Review date
plan-client-agreed = The client agrees to the plan
plan-present = Present
plan-client-present = The client
plan-history-title = Version history ({ $count } versions)
plan-history-draft = Version { $version }: draft
plan-history-agreed = Version { $version }: agreed on { $date } (present: { $present })
plan-agree = Agree and lock the plan
plan-review-on = The plan is reviewed on { $date }.
plan-revise = Make a new version
plan-diff-title = Changes compared with version { $version }
plan-diff-none = No changes.
plan-diff-goal-added = New goal: { $text }
plan-diff-goal-removed = Removed goal: { $text }
plan-diff-goal-reworded = Goal changed: “{ $before }” → “{ $after }”
plan-diff-action-added = New action: { $text }
plan-diff-action-removed = Removed action: { $text }
plan-diff-action-changed = Changed action: { $text }
plan-diff-wording = Wording: “{ $before }” → “{ $after }”
plan-diff-owner = Who: { $before } → { $after }
plan-diff-due = Due: { $before } → { $after }
plan-diff-status = Status: { $before } → { $after }
plan-diff-no-date = no date
plan-diff-review = Review date changed: { $before } → { $after }
plan-error-not-agreed = Only an agreed plan can have a new version.
plan-error-empty-text = Write some text before saving.
plan-error-item = The item was not found. Reload the client's details.
plan-error-owner = Whoever does the action must be the client or a team member.
plan-error-no-goals = Add at least one goal before agreeing.
plan-error-no-review-date = Choose a review date before agreeing.
plan-error-review-date = The review date must be after the day of agreeing.
plan-error-client-agreed = Mark that the client agrees to the plan.
plan-error-participants = The team needs at least one professional.
owner-client = You
owner-client-pro = The client
client-view-title = Your plan
client-view-goals = Your goals and who does what
client-view-next = Next steps
client-view-by = by { $date }
client-view-late = late
client-view-review = We will look at the plan together again on { $date }.
client-view-no-plan = We will make the plan together.
client-view-agreed = What we agreed
client-view-contact = Whom to contact
client-view-responsible = Your contact person is { $name }.
client-view-close = Back

## Joint appointment

appointment-title = Joint appointment
appointment-mode = Mode
appointment-mode-office = At the office
appointment-mode-remote = Remote
appointment-mode-home-visit = Home visit
appointment-agenda = What we go through today
appointment-participants = Present
appointment-client-present = The client
appointment-start = Start the joint appointment
appointment-past = Earlier joint appointments
appointment-running = Joint appointment running
appointment-agreed = What was agreed
appointment-end = End the joint appointment
appointment-error-unfinished-note = A note is still being written. Add it or clear the field before ending the appointment.
note-text = Note
note-author = Written by
note-visibility = Visible to
note-add = Add note
register-health-care = Health care
register-social-welfare = Social welfare
visibility-shown-to-client = Shown to the client
visibility-professional-only = Professionals only

## Holistic assessment

assessment-title = Holistic assessment
assessment-author = Written by
assessment-client-view = The client's view
assessment-professional-view = The professional's view
assessment-need = Need for support
assessment-resources = Own resources
assessment-save = Save the assessment
domain-health = Health
domain-mental-wellbeing = Mood and coping
domain-substance-use = Substance use
domain-daily-functioning = Everyday functioning
domain-housing = Housing
domain-finances = Money matters
domain-work-studies = Work, studies and daily activity
domain-family = Family and close people
domain-friends = Friends and loneliness
domain-safety = Safety
need-level-not-assessed = Not assessed yet
need-level-no-need = No need for support
need-level-some-need = Some support
need-level-significant-need = Much support
client-view-strengths = Your strengths

## Consents

consent-title = Consents to share information
consent-social-to-health = From social welfare to health care
consent-health-to-social = From health care to social welfare
consent-given = given on { $date }
consent-withdrawn = withdrawn on { $date }
consent-withdraw = Withdraw the consent
consent-direction = Direction
consent-scope = Which information, and for what
consent-record = Record the consent
crash-title = Kohtaamo stopped because of an error
crash-body = What was saved is safe, and the store is locked. Start again and open the store again. If this keeps happening, tell your support team.
crash-restart = Start again

# Date fields
date-placeholder = dd.mm.yyyy
date-error-format = “{ $text }” is not a date. Write it as dd.mm.yyyy, for example 8.12.2030.
date-error-no-such-day = There is no day { $text } in the calendar.
