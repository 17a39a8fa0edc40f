## The client's handouts (crates/handout), in English.

## Every handout

handout-date = Date { $date }
handout-page = Page
handout-page-of = of
owner-you = You
due-none = not set
status-done = done
status-cancelled = cancelled
phone = Phone
secure-email = Secure e-mail
profession-sairaanhoitaja = nurse
profession-terveydenhoitaja = public health nurse
profession-laakari = doctor
profession-sosiaalityontekija = social worker
profession-sosiaaliohjaaja = social counsellor
profession-mielenterveys-ja-paihdetyontekija = mental health and substance abuse worker
profession-fysioterapeutti = physiotherapist
profession-suun-terveydenhuolto = oral health care
role-responsible-worker = responsible worker
role-hoitovastaava = care coordinator (health)
role-omatyontekija = named social worker
team-heading = Your team
team-intro = These people work together with you.
team-responsible = The responsible worker keeps the whole together.
team-organisations = Also with you: { $names }
contact-heading = Whom to contact and how
contact-responsible = Your contact person is { $name }.
contact-none = Ask your team how to get in touch with them.
contact-emergency = In an emergency, call 112.

## The plan

plan-title = Your plan
plan-agreed = We agreed on this plan together on { $date }.
goals-heading = Your goals
goals-intro = The goals are in your own words.
actions-heading = Who does what and by when
actions-goal = Goal { $number }
actions-what = What is done
actions-who = Who
actions-when = By when
actions-none = Nothing has been agreed for this goal yet.
review-heading = Next review
review-text = We will look at the plan together again on { $date }.
review-none = We will agree on the time of the next review later.
segment-heading = Your service segment
segment-omatoimi = Self-care clientship
segment-tuki = Support clientship
segment-yhteistyo = Collaboration clientship
segment-huolenpito = Intensive care clientship
segment-omatoimi-meaning = You mostly take care of things yourself. You get help when you get in touch.
segment-tuki-meaning = You need support for a while now. You get help as you need it.
segment-yhteistyo-meaning = You need many kinds of services for a long time. The professionals work together with you.
segment-huolenpito-meaning = You need a lot of services and support all the time. The team makes sure you get them.
segment-in-practice = In practice this means:
segment-named-contact = You have a named contact person who keeps the whole together.
contact-self-service = You get in touch yourself online or by phone.
contact-on-need = You get in touch when you need help. You get a quick answer.
contact-named-person = You contact your own contact person directly.
contact-proactive = The team keeps in touch with you.
appointments-booked-by-client = You book an appointment yourself when needed.
appointments-booked-for-the-need = An appointment is booked for you as needed.
appointments-planned-series = Appointments are planned in advance.
appointments-regular-joint = You have joint appointments regularly.
segment-review-interval = { $months ->
        [one] The plan is reviewed every month.
       *[other] The plan is reviewed every { $months } months.
    }
measure-heading = Your life situation (3X10D)
measure-intro = The picture and the table show how you answered the questions of the life situation meter.
measure-own-questions = The questions are in the meter's own words.
measure-scale = Scale: { $min } = { $min-label }, { $max } = { $max-label }.
measure-point = { $point ->
        [start] Start
        [middle] Middle
        [end] End
       *[other] Interim
    } { $date }
measure-table-heading = Your answers in numbers
measure-item = Question
measure-no-answer = no answer
measure-chart-alt = { $name }: your answer to each question on the scale 0–10, one measurement at a time. The same numbers are in the table below the picture.
measure-unofficial = The English translation of the questions is Kohtaamo's own, not the meter owner's official translation.

## The info sheet for a new joint client

info-title = About joint clientship
info-what-heading = What joint clientship means
info-what-1 = Professionals of social welfare and health care work together with you.
info-what-2 = You do not need to tell your story many times in different places.
info-what-3 = We make one plan together. Its goals are in your own words.
info-what-4 = A responsible worker keeps the whole together, and you know whom to contact.
info-what-5 = We look at your situation together again regularly.
info-started = Your joint clientship started on { $date }.
info-data-heading = Your information
info-data-1 = Social welfare and health care keep their information apart.
info-data-2 = Information is given to the other side only with your consent.
info-data-3 = You can withdraw your consent at any time.
info-data-4 = Every use of your information is logged. You can ask to see who has used it.
