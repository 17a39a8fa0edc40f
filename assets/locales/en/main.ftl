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
error-pin-format = The PIN must have { $min }–{ $max } digits.
error-wrong-pin = The PIN is wrong. { $tries ->
    [one] One try left.
   *[other] { $tries } tries left.
}
error-pin-tries-used-up = The PIN was wrong too many times. Open the store with your passphrase.
error-wait-before-retry = The passphrase was wrong several times in a row. Wait { $seconds } seconds, then try again.
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
client-plain-language = Plain Finnish (client view and the client's papers)
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
client-view-measure-title = How your life is going now
client-view-measure-intro = Answer with the numbers 0 to 10. You may leave a question unanswered. Your answers are saved with your plan.
client-view-measure-start = Answer the questions
client-view-measure-saved = Thank you! Your answers are saved.
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
note-visibility = Visible to
note-add = Add note
register-health-care = Health care
register-social-welfare = Social welfare
visibility-shown-to-client = Shown to the client
visibility-professional-only = Professionals only

## Holistic assessment

assessment-title = Holistic assessment
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

## Broken rules, said where they happen
rule-clientship-no-reason = Choose at least one reason for the joint clientship, or write your own.
rule-clientship-counterpart-pair = The counterpart pair is one health care and one social welfare professional on the team.
rule-clientship-duplicate-role = The team can have only one { $role }.
rule-clientship-status-reason = Write a reason when the clientship is paused or closed.
rule-clientship-closed-before-start = The clientship cannot close before it started.
rule-clientship-period-closed = This period of the joint clientship has ended and can no longer change. Start a new period if needed.
rule-clientship-same-status = The clientship already has this status.
team-error-pair-across-sectors = The counterpart pair is one person from health care and one from social welfare.
rule-segment-reason-required = The suggestion was { $suggested }. Write why you chose another segment.
rule-segment-no-assessor = At least one professional must take part in the assessment.
rule-segment-consequences-incomplete = The organisation's settings do not say what { $segment } means.
rule-assessment-duplicate-domain = The life domain { $domain } is recorded twice in the same register.
rule-appointment-too-few-participants = A joint appointment has at least two professionals. Add a colleague to the team before you start the appointment.
rule-appointment-author-not-participant = You are recording, but you are not a participant of this appointment. Add yourself to the team.
rule-appointment-empty-note = Write the note's text.
rule-appointment-ended = The appointment has ended and can no longer change.
rule-appointment-notes-changed = A note already recorded cannot change. Reload the client's case.
rule-appointment-speaker-not-participant = The one who said it must take part in the appointment.
rule-consent-no-scope = Write what information the consent covers, and for whom.
rule-consent-withdrawn-before-given = A consent cannot be withdrawn before it was given.
rule-consent-only-withdrawal = A recorded consent cannot change, only be withdrawn. Record a new one if needed.
rule-service-use-bad-month = Month { $month } is not 1–12.
rule-service-use-no-service = Choose the service.
rule-measure-other-instrument = The answer is for another instrument or version than the one asked.
rule-measure-unknown-instrument = This store has no such instrument or version. Import the instrument file first.
rule-measure-no-such-item = The instrument has no question “{ $item }”.
rule-measure-item-twice = The question “{ $item }” is answered twice.
rule-measure-out-of-scale = Give a value from { $min } to { $max }.
rule-measure-nothing-answered = Answer at least one question.
rule-measure-too-young = The instrument is for people aged { $minimum } or over.
rule-measure-point-taken = { $point ->
        [start] The start measurement
        [middle] The middle measurement
        [end] The end measurement
       *[other] This measurement
    } has already been made in this joint clientship period.
rule-measure-no-points = Measurement points (start, middle, end) belong to the life situation meter.
rule-measure-note-too-long = The discussion note is longer than { $most } characters.
rule-measure-no-such-viewpoint = The instrument has no viewpoint “{ $viewpoint }”.
rule-measure-in-the-future = The answer's date is after today.
rule-experience-out-of-scale = Give a rating from 0 to 10.
rule-experience-nothing-answered = Answer at least one question or write feedback.
rule-experience-feedback-too-long = The feedback is longer than { $most } characters.
rule-professional-empty-name = Write the name.
rule-professional-too-long = The field “{ $field }” is too long (at most { $max } characters).
rule-professional-email = The secure e-mail address is not an e-mail address.
rule-professional-owner-without-register = Choose health care or social welfare: you record client data into your own sector's register.
rule-professional-not-found = The person was not found. Reload the page.
rule-case-no-clientship = Start the joint clientship first.
rule-case-already-recorded = The client already has this record.
rule-case-no-profile = Save your own details first: everything is recorded in your name.
rule-case-other-client = The record belongs to another client and was not saved.
rule-case-history = This is history and cannot change. Record a new one.
rule-case-demo-needs-temporary-hetu = The demo store takes only temporary henkilötunnus codes (individual number 900–999). A real person's data is never saved in the demo.
rule-case-clientship-open = The client's joint clientship is still open. Close the current period before starting a new one.
rule-case-no-plan = The client has no plan yet.
rule-case-plan-not-agreed = The plan has not been agreed yet. Agree the plan with the client before handing it out.

## Who I am and who I work with
profile-setup-title = Who are you?
profile-setup-lead = Everything recorded on this computer is recorded in your name and into your own sector's register. So first tell who you are. You can change the details later in the settings.
profile-choose-title = Choose yourself
profile-choose = I am { $name }
profile-form-title = Your details
profile-form-title-or = Or write your own details
profile-name = Name
profile-role = Job title
profile-role-other = Other title
profile-role-other-title = Title
profile-sector = Sector
profile-organisation = Organisation
profile-unit = Unit
profile-phone = Phone
profile-secure-email = Secure e-mail
profile-save = Save your details
title-sairaanhoitaja = nurse
title-terveydenhoitaja = public health nurse
title-laakari = doctor
title-sosiaalityontekija = social worker
title-sosiaaliohjaaja = social counsellor
title-mielenterveys-ja-paihdetyontekija = mental health and substance abuse worker
title-fysioterapeutti = physiotherapist
title-suun-terveydenhuolto = oral health care
sector-health-care = Health care
sector-social-welfare = Social welfare
sector-third-sector = Organisation (third sector)
sector-own-network = Someone close to the client
settings-open = Settings and colleagues
settings-title = Settings
settings-close = Back to clients
settings-profile = Your details
settings-profile-edit = Edit your details
colleagues-title = Colleagues
colleagues-help = The people you work with: they can be added to a client's team. A colleague taken out of use is still named in earlier records.
colleagues-none = You have not added colleagues yet.
colleague-retired = Out of use
colleague-edit = Edit
colleague-edit-named = Edit: { $name }
colleague-retire = Take out of use
colleague-restore = Take back into use
colleague-new-title = New colleague
colleague-add = Add a colleague
colleague-save = Save

## Who said what
note-said-by-label = Whose words
said-by-self = My own record ({ $name })
said-by-client = The client
note-said-by = { $who } said, recorded by { $writer }
note-written-by = recorded by { $writer }
assessment-writer = You record as { $name } into the register: { $register }.
assessment-other-register = { $register }, recorded by { $name }
team-you = you
team-contact-to-client = Contact details for the client
team-add-none = Colleagues added in the settings can join the team. Add a new colleague in the settings.
team-pair-title = Counterpart pair
team-pair-none = No counterpart pair has been agreed yet.
team-pair-health = From health care
team-pair-social = From social welfare
team-pair-set = Agree the counterpart pair
team-pair-needs-both = The counterpart pair is agreed once the team has a professional from both health care and social welfare.
client-view-phone = Phone:
client-view-email = E-mail:

## The organisation's directory file
error-directory-invalid = The directory file has { $count } bad entries. Nothing was imported.
directory-entry-file = The file
directory-entry-person = Person { $number } (key { $key })
directory-entry-person-no-key = Person { $number }
directory-entry-organisation = Organisation { $number } (key { $key })
directory-entry-organisation-no-key = Organisation { $number }
directory-problem-not-json = the file is not JSON (line { $line }, column { $column })
directory-problem-format = the file is not a Kohtaamo directory (format “{ $found }”, should be “kohtaamo-directory/1”)
directory-problem-missing = the field “{ $field }” is missing
directory-problem-not-text = the field “{ $field }” holds a value of the wrong kind
directory-problem-sector = the sector “{ $value }” is not health-care, social-welfare, third-sector or own-network
directory-problem-key-too-long = the key is too long (at most { $max } characters)
directory-problem-duplicate-key = the key “{ $key }” already belongs to another person or organisation
directory-title = The organisation's directory
directory-help = Import the directory file IT keeps (JSON): its people and organisations are added or updated. The same key means the same person. If the file has a single error, nothing is imported.
directory-file = Directory file
directory-import = Import the directory
directory-choose-file = Choose a file first.
directory-imported = Directory imported: { $added } new people, { $updated } updated, { $organisations } organisations.
organisations-title = Organisations
organisations-none = You have not added organisations yet.

## The organisation's settings
org-settings-title = The organisation's settings
org-settings-help = The organisation's shared settings, from a file IT keeps. Until one is imported, Kohtaamo's built-in values are in force.
org-settings-segments = Segments
org-settings-review-interval = the plan is reviewed every { $months } months
org-settings-named-contact = a named contact person
org-settings-idle-lock = Screen lock
org-settings-idle-minutes = Locks after { $minutes } min unused, during a joint appointment after { $appointment } min.
org-settings-custodians = Register custodians
org-settings-custodian-none = not set
org-settings-statement = The client-experience statement
org-settings-file = Settings file
org-settings-import = Import the settings
org-settings-imported = The settings were imported and are in force.
error-settings-invalid = The settings file has { $count } problems. Nothing was changed.
error-instrument-invalid = The instrument file cannot be used: { $reason }. Nothing was imported.
error-instrument-version-taken = Version { $version } of instrument { $id } is already in the store with other content. Give the file a new version number.
error-export-exists = The file { $name } already exists. Kohtaamo does not write over it: choose another name.
error-export-not-written = The file { $name } could not be written (is the disk full, or the folder read-only?). Nothing was saved.
error-period-reversed = The period ends before it starts. Check the dates.
error-no-custodian = The FHIR file cannot be made: the organisation's settings name no custodian for the { $register } register. Import a settings file with the custodian's name and identifier.
error-handout-not-saved = Save the paper first. Then you can open it to print.
error-handout-not-opened = The file { $name } could not be opened: the computer has no program for PDF files. The file is saved; open it yourself to print it.
settings-problem-not-json = the file is not JSON (line { $line }, column { $column })
settings-problem-format = the file is not a Kohtaamo settings file (format “{ $found }”, should be “kohtaamo-settings/1”)
settings-problem-missing = { $field } is missing
settings-problem-wrong-kind = { $field } holds a value of the wrong kind
settings-problem-unknown-value = { $field }: “{ $value }” is not an allowed value
settings-problem-out-of-range = { $field } must be between { $min } and { $max }
settings-problem-unknown-field = unknown field { $field }
withheld-notice = { $register }: { $notes } notes and { $entries } assessment entries are not shown, because the client has not consented. They show once a consent in that direction is recorded under Consents.
consent-help = A consent covers a direction: while it is in force, the other register's information shows. Its scope is free text for now, and Kohtaamo does not limit the information by it.

## The clientship's status and periods
clientship-status-active = Status: active
clientship-status-paused = Status: paused. Reason: { $reason }
clientship-status-closed = The period ended on { $date }. Reason: { $reason }
clientship-status-change = { $date }: { $status } ({ $name })
clientship-earlier-periods = Earlier periods ({ $count })
clientship-status-reason = Reason for the pause or the end
clientship-pause = Pause the clientship
clientship-resume = Take the clientship up again
clientship-close = End the period
clientship-restart-title = Start a new period of the joint clientship
clientship-restart = Start a new period
segment-history = Earlier segmentations ({ $count })
segment-earlier = { $date }: { $segment } (assessed by { $names })
assessment-history = The assessment on earlier days ({ $count })
assessment-earlier = The assessment as it stood until { $date } at { $time }, when { $name } changed it.

## The client's report of the use of their data
report-open = Use and disclosures of data
report-print = Print
report-close = Back to the client's data
report-title = Who has used your data
report-client = { $name }. Report made on { $date } at { $time }.
report-covers = This report covers only the Kohtaamo store on this laptop (id { $store }). For the use of your data in other systems, such as the patient record or the social welfare client record, ask the data controller.
report-used-title = Use of the data
report-disclosed-title = Disclosures of the data (printouts and transfers)
report-none = Nothing recorded.
report-col-when = When
report-col-who = Who
report-col-what = What
report-col-why = Why
report-who-before-profiles = Recorded before user profiles
report-action-read = Read
report-action-create = Recorded
report-action-update = Changed
report-action-listed = Your name was shown in a client list
report-action-export = Disclosed
report-record-client = personal details
report-record-case = all of the client's data
report-record-plan = the plan
report-record-clientship = the clientship and the team
report-record-segment-assessment = the segmentation
report-record-holistic-assessment = the holistic assessment
report-record-appointment = the joint appointment
report-record-consent = the consent
report-record-service-use = the use of services
report-record-access-log = the log of the use of data
report-record-access-report = this report
report-record-client-list = the client list
report-record-measure = an answer to a follow-up measure
report-record-measure-by-client = an answer to a follow-up measure that you gave yourself
report-record-fhir-health-care = data for the patient record system (FHIR, health care)
report-record-fhir-social-welfare = data for the client record system (FHIR, social welfare)
handouts-title = Papers and files
handout-plan-save = Save the plan for the client (PDF)…
handout-info-sheet-save = Save the info sheet for the client (PDF)…
handout-save-title = Save the client's paper
handout-saved = Saved: { $name }.
handout-needs-agreed-plan = The plan can be given to the client once it has been agreed.
handouts-intro = The file is saved only where you choose. Every disclosure shows in the client's log report.
handout-open = Open to print
fhir-save = Save as a FHIR file for the official record…
fhir-save-title = Save the FHIR file
fhir-saved = Saved: { $name } (FHIR R4, your register's data).
report-record-handout-plan = a copy of the plan for the client (PDF)
report-record-handout-info-sheet = the joint clientship info sheet for the client (PDF)
report-times = { $count } times
report-channel-cli = with the administration tool
report-purpose-care = care and services
report-purpose-joint-appointment = joint appointment
report-purpose-client-request = your own request
report-purpose-administration = maintenance of the system
report-purpose-knowledge-management = leading with data (summary figures only)

## The start view
start-open = Start
start-title = My clients and what is due
start-show-all = Show all ({ $count })
start-nothing = Nothing at the moment.
start-reviews-title = Plan reviews past or within { $days } days
start-review-past = review was on { $date } (late)
start-review-soon = review on { $date }
start-late-title = Late actions
start-late-detail = { $count } late, the oldest { $date }
start-no-plan-title = No agreed plan
start-measures-title = Measurements due
start-measures-detail = { $count ->
        [one] one measurement
       *[other] { $count } measurements
    } due since { $date }
start-mine-title = My clients ({ $count })

## The client page's navigation
nav-label = The client's data
nav-clientship = Clientship
nav-segment = Segment
nav-appointment = Appointment
nav-assessment = Assessment
nav-plan = Plan
nav-consents = Consents
nav-not-started = not started
nav-paused = paused
nav-closed = period ended
nav-not-assessed = not assessed
nav-running = running
nav-no-plan = no plan
nav-review-past = review past
nav-late = { $count } late

## Service use
nav-measures = Measures
nav-measure-due = { $names } due
measures-title = Follow-up: measures
measure-not-offered = This instrument is not offered to anyone under { $minimum }.
measure-due = { $point ->
        [start] The start measurement is due.
        [middle] The middle measurement is due.
        [end] The end measurement is due: the joint clientship has closed.
       *[other] A measurement is due.
    }
measure-none-yet = No answers yet in this period.
measure-start = { $point ->
        [start] Fill in the start measurement
        [middle] Fill in the middle measurement
        [end] Fill in the end measurement
       *[other] Fill in an interim measurement
    }
measure-entered-by = Who answers
measure-entered-by-option = { $by ->
        [client] The client, on the shared screen
        [professional] The professional, as the client says it
       *[paper] From a paper form
    }
measure-in-clients-language = The form is in the client's language. The client may leave a question unanswered.
measure-question-help = Choose a number for each question.
measure-scale-help = { $min } = { $min_label }, { $max } = { $max_label }
measure-discuss = Discuss: importance and future (optional)
measure-answered-count = Answered { $count } of { $total }
measure-save = Save the answers
measure-cancel = Cancel
measure-answer-label = { $point ->
        [start] Start
        [middle] Middle
        [end] End
       *[other] Interim
    } { $date }
measure-chart-title = { $name }: the change from one measurement to the next
measure-as-table = Show as a table
measure-item = Question
measure-unofficial-translation = The translation is Kohtaamo's own, not the instrument owner's official one.
nav-service-use = Service use
service-use-title = Service use
service-use-service = Service
service-use-month = Month
service-use-contacts = Visits and contacts
service-use-save = Save the month's visits
service-use-contacts-invalid = Give the number of visits as a whole number from 0 to { $most }.
service-use-recorded = { $month } { $service }: { $count }
service-use-compare-not-yet = The comparison before and after shows once a whole month has passed since the joint clientship started.
service-use-compare-title = Visits { $months } months before the joint clientship started and { $months } months after
service-use-before = Before
service-use-after = After
service-use-change = Change

## Instrument files a unit imports: what is wrong, field named.
instrument-problem-not-json = the file is not JSON (line { $line }, column { $column })
instrument-problem-format = the file is not a Kohtaamo instrument file (format “{ $found }”, should be “kohtaamo-instrument/1”)
instrument-problem-missing = { $field } is missing
instrument-problem-wrong-kind = { $field } holds a value of the wrong kind
instrument-problem-unknown-field = { $field } is an unknown field
instrument-problem-unknown-value = { $field }: “{ $value }” is not an allowed value
instrument-problem-empty = { $field } is empty
instrument-problem-bad-id = { $field }: “{ $value }” is not a valid identifier (lower-case letters a–z, digits and hyphens only)
instrument-problem-duplicate = { $field }: “{ $value }” is repeated
instrument-problem-out-of-range = { $field } must be from { $min } to { $max }
instrument-problem-bands = { $field }: the colour bands must cover the scale once, from its lowest to its highest value
instrument-problem-several-overall = { $field }: only one question can be the overall one

## The instruments in the settings screen.
instruments-title = Instruments
instruments-help = The app comes with the 3X10D life situation meter. A unit can import its own instrument (a PROM survey, say) as an instrument file; assets/instruments/example-prom.json is an example. Every answer remembers which version of the questions it answered.
instruments-version = version { $version }, { $items } questions, { $kind ->
        [life-situation] life situation meter (start, middle, end)
       *[prom] PROM survey
    }
instruments-file = Instrument file (JSON)
instruments-import = Import the instrument
instruments-imported = Imported: { $name }, version { $version }.

## Backups
backup-title = Backup
backup-help = A backup is one encrypted file, opened with the store's passphrase. Keep it somewhere other than this machine, for example on the organisation's network drive: a lost or stolen laptop must not carry its own backups. That is why a backup cannot be saved in the store's own folder.
backup-button = Make a backup…
backup-dialog-title = Save the backup
backup-dialog-filter = Kohtaamo backup
backup-progress-label = Backup progress
backup-stage-copying = Copying the store…
backup-stage-writing = Writing the file…
backup-stage-verifying = Checking the file…
backup-stage-checking = Checking the restored store…
backup-done = The backup is made and checked: { $file }, { $size }, { $clients } clients.
file-size-kb = { $value } kB
file-size-mb = { $value } MB
restore-title = Restore from a backup
restore-help = Restore your own store from a backup, for example on a new machine. The restore is made only while this machine has no own store yet: it never touches an existing one.
restore-button = Restore from a backup…
restore-dialog-title = Choose the backup to restore
restore-chosen = Chosen backup: { $file }, { $size }, made on { $date }.
restore-passphrase-label = The backup's passphrase
restore-passphrase-help = The passphrase the store had when the backup was made.
restore-submit = Check and restore
restore-progress-label = Restore progress
restore-choose-other = Choose another file
backup-error-wrong-passphrase = The passphrase does not open this backup. Use the passphrase the store had when the backup was made. Nothing was restored.
backup-error-not-a-backup = The chosen file is not a Kohtaamo backup. Choose a file ending in .kohtaamo-backup.
backup-error-truncated = The backup file is incomplete: it was cut short, for example while being copied. Nothing was restored. Copy the file again or use another backup.
backup-error-damaged = The backup file has been changed or damaged and cannot be used. Nothing was restored. Use another backup.
backup-error-disk-full = The disk is full. No half-written file was left behind. Free some space or choose another disk.
backup-error-destination-exists = A file of this name already exists. A backup never overwrites a file: choose another name.
backup-error-inside-store-folder = A backup cannot be saved in the store's own folder: a lost or stolen laptop would then carry its own backups. Choose another folder, for example a network drive or a memory stick.
backup-error-own-store-exists = This machine already has an own store. A restore never touches an existing store, so nothing was restored. Open the current store, or ask IT support to move it away first.
backup-error-no-file-chosen = First choose the backup to restore.

## Client experience (anonymous).
experience-title = Tell us about your experience
experience-anonymous = Your answer is anonymous: neither your name, your personal identity code nor the day is saved, only the unit and the month.
experience-recommend = How likely would you be to recommend our service to a friend or someone close to you?
experience-recommend-scale = 0 = not at all likely, 10 = extremely likely
experience-statement-scale = 0 = completely disagree, 10 = completely agree
experience-feedback = Free feedback (optional)
experience-save = Send the answer
experience-thanks = Thank you for your feedback!
experience-saved = The answer is saved. You can record the next one.
experience-month = The month the answer is from
experience-typed-title = Client experience from the text-message survey
experience-typed-help = Record the text-message survey's answers here. They are saved anonymously, with the unit and the month.

## The figures (aggregates of the own caseload).
figures-open = Figures
figures-title = Figures: my own caseload
figures-whose = These are the figures of this laptop's store, that is, of your own caseload. The unit's figures over every laptop come with the team server.
figures-rule = Counts are of distinct clients (for client experience, of answers, which are anonymous). A count under { $min } is hidden, and in a row with a total the next smallest too, so that the hidden one cannot be worked out.
figures-hidden = under { $min }
figures-share = { $part } / { $of } ({ $percent } %)
figures-from = From
figures-to = To
figures-period-reversed = The period ends before it starts. Choose the start day or a later one as its end.
figures-clients = Joint clients per month
figures-month = Month
figures-new = New
figures-active = Active
figures-closed = Closed
figures-segments = Segments at the end of the period
figures-total = Total
figures-agreed-plan = Clients with an agreed plan
figures-reviews-on-time = Reviews on time
figures-change-title = 3X10D: the change from the start to the latest measurement
figures-change-none = No clients yet with a start and a later measurement.
figures-experience = Client experience
figures-nps = Net Promoter Score (NPS)
figures-nps-value = { $nps } ({ $n } answers)
figures-statement = The organisation's own statement (0–10)
figures-statement-value = mean { $mean } ({ $n } answers)
figures-service-use = Service use before and after
figures-clients-n = Clients
figures-export = Save as a CSV file…
figures-export-title = Save the figures
figures-exported = The figures are saved: { $name }
figures-close = Close
figures-prom-title = { $name }: the questions' means
figures-mean = Mean (0–10)
