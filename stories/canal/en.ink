INCLUDE ../lib/engine.ink

// The shared channel: a channel for one person's project, set up well, then a leak in the wide channel.
// One boolean, set back to false once used, to keep the state space small.
VAR one_folder = false

-> lancement

=== lancement ===
Monday morning, mid-February, at Relais Insertion. Nadia puts a cup of coffee next to your keyboard. # scene: office
The federation has opened a secure workspace for us, hosted in France: channels, shared documents, access rights for each document. Do you want to try it for Ms Dumas’s PFMP? # speaker: nadia # term: pfmp
Ms Dumas has been preparing her CAP in cookery at Les Toques de Valmoran since October. On 2 March she starts her PFMP, her work placement, at Le Bistrot du Marché. For a fortnight the emails have been crossing: Ms Leroy about the agreement, Mr Girard about the hours, Ms Lambert at the mission locale (the youth employment service) about her youth commitment contract (CEJ).
And one knot: the evening service ends at 7 pm, and the childcare for Noah, her 3-year-old son, stops at 6.30. The Relais Petite Enfance (the local childminding information service) is looking for a solution. # need: dumas garde_enfants
A channel for one project, with only the people who work on it: that is exactly what a shared channel is for. But it’s her project. She has to know what will go in it. # speaker: nadia # term: canal_commun
In your inbox, a message from Ms Leroy: she would like the channel opened today, so that she can put the agreement in it as soon as possible.
+ [See her on Thursday to show her the tool, and what each person will see]
  On Thursday, Ms Dumas sits next to you, in front of the screen. You show her who will be in the channel, what will be put there, and when it will be closed. # time: 1
  And the chef, will he see everything? I don’t want him to know about Noah. He’ll think I’ll always be leaving early. # speaker: dumas # mood: worried
  You agree together: the childcare sheet will be read only by the Relais Petite Enfance, the mission locale and you. She gives her agreement, for this channel and for the length of her PFMP. # consent: dumas # term: consentement # score: ethique +2 Informed agreement is about a precise sharing: who will read, what, why and for how long. By taking the time to show her the tool, you let her set her own limit (shared professional secrecy, GDPR).
  Ms Leroy will wait until Thursday evening to put the agreement in. She answers with a rather curt "Noted".
+ [Send her the tool’s online consent form, to sign on her phone]
  The link goes at 10. At 10.12, Ms Dumas has signed. The tool keeps a dated record of the agreement. # consent: dumas # score: numerique +1 The tool’s form keeps a dated record of the agreement: that is a sound use of the tool. # score: ethique -1 But signing a form is not informed agreement: nobody told her who would read what, or for how long. Consent is obtained by explaining.
  In the evening she writes to you: "Will the chef see things about my son? I’d rather not."
+ [Ask Ms Lambert, who sees her on Tuesday for her CEJ, to get her agreement]
  Ms Lambert gladly agrees. On Tuesday evening she writes to you: Ms Dumas agrees. # consent: dumas # score: reseau +1 Ms Lambert is her adviser at the mission locale: going through her means coordinating rather than duplicating her work. # score: ethique -1 But agreement is obtained by whoever will share, explaining what will circulate: Ms Lambert knows neither the tool nor what you intend to put in it.
  She adds: "One thing: she doesn’t want the chef to know about her son."
- -> membres

=== membres ===
You create the channel and name it "PFMP Bistrot — I. D.": her initials, not her name. You still have to choose who goes in. # scene: channel
+ [Add the CCAS (the town’s social services) and France Travail too: they could help with her income]
  Ms Caron and Mr Nguyen accept the invitation, glad to be included. # share: dumas ccas # share: dumas france_travail # score: confiance +1 Ms Caron and Mr Nguyen appreciate being included: an invited partner stays engaged. # score: ethique -2 But neither the CCAS nor France Travail takes part in her PFMP project: shared professional secrecy limits sharing to those who take part in the support. # score: reseau -1 The mission locale supports her towards work, not France Travail: knowing each partner’s role also means knowing who has no place here.
+ [Les Toques, the Bistrot, the Relais Petite Enfance and you: the mission locale has its own tools]
  The channel has four members. Ms Lambert will hear about it from Ms Dumas. # score: ethique +1 Few members, little exposure: the sharing stays minimal. # score: reseau -2 But Ms Lambert follows Ms Dumas under her youth commitment contract: leaving her adviser out of the channel risks duplicating or contradicting her work.
+ [The four partners in her project: Les Toques, the Bistrot, the mission locale, the RPE]
  Ms Leroy, Mr Girard, Ms Lambert and Ms Benson receive the invitation, with a line on each one’s role. What is said here stays among those who support her: that is shared professional secrecy. # term: secret_partage # score: reseau +2 Each has a part: the centre signs the agreement, the Bistrot hosts her, the mission locale follows her CEJ, the Relais Petite Enfance looks for childcare. The channel brings together those who act on this project, and only them. # score: ethique +1 Shared professional secrecy: only those who take part in her support, with her agreement.
- -> documents

=== documents ===
Three documents will live in the channel: the PFMP agreement, the schedule of her shifts at the Bistrot, and Noah’s childcare sheet.
+ [One folder, which every member can read and edit]
  Everything is in one place, and everyone can correct what concerns them. # score: numerique +1 A single folder avoids versions crossing by email. # score: ethique -2 But the chef can read the childcare sheet there, against what Ms Dumas had asked: access to each document should follow each person’s need.
  ~ one_folder = true
+ [Rights for each document, according to each person’s role in the PFMP]
  The agreement: Les Toques edit it, the others read it. The schedule: the Bistrot keeps it up to date. The childcare sheet: the RPE, the mission locale and you only. And what will never go in: her medical file, her CAF papers, her income. # score: numerique +2 Shared documents with the right access, who reads, who edits, and what never goes in: that is the proper use of the tool. # score: ethique +1 Each person accesses only what they need (data minimisation, GDPR), and the limit she set about Noah is respected.
+ [Keep the documents in your mailbox and send them to whoever asks]
  You keep control of every document. # score: ethique +1 Nothing is exposed unless you decide. # score: numerique -1 But the attachments multiply, the versions drift apart, and nobody knows which one counts: that is exactly what the shared tool is for.
- -> regles

=== regles ===
Nadia walks behind you and glances at the screen.
And the channel’s description, what are you putting in it? It’s the first thing the partners will read. # speaker: nadia
+ [Write nothing more: they are professionals, they know what to post]
  The channel stays without a description. # score: numerique -2 Without a purpose or written rules, everyone posts what they think useful, and nothing says when the channel will close: a shared channel has a purpose, a content and a lifetime.
+ [Pin the federation’s IT charter, which covers every case]
  You pin the twenty-page PDF. # score: ethique +1 The charter recalls the federation’s legal frame. # score: numerique -1 But twenty pages say neither what this particular channel is for nor when it will close: nobody will read them.
+ [Write three lines: what the channel is for, what is posted, when it closes]
  "Purpose: Ms Dumas’s PFMP at Le Bistrot du Marché. Posted here: dates, hours, documents, who does what. Never: health, family, income; those go by phone or by the secure messaging. Closing: one month after the PFMP; the agreement then goes into her file, the rest is deleted." # score: numerique +2 A shared channel needs clear, short rules: its purpose, what is posted there, how long it is kept. # score: ethique +1 Purpose, minimisation, limited retention: the principles of the GDPR, written in three lines that everyone will read.
- Nadia nods: the GDPR asks for a purpose, useful data and a time limit, nothing more. She goes back to her desk. # term: rgpd
-> engagements

=== engagements ===
On Thursday evening the partners join the channel. Each introduces themselves in a line.
I’ll put the signed agreement in the folder by next Friday. # speaker: cfp_cuisine # pledge: cfp_cuisine 1 Put the signed PFMP agreement in the shared folder
About finishing at 6 instead of 7, I’ll let you know next Wednesday. # speaker: bistrot # pledge: bistrot 1 Say by Wednesday whether Ms Dumas can finish at 6 pm
I’m looking for a childminder who is free in the evening. I’ll make you a proposal by next Thursday. # speaker: rpe # pledge: rpe 1 Propose an evening childcare solution
Then Ms Lambert writes, in a direct message.
Great tool. Can I put the reports of my CEJ interviews with her in it? That way everyone can follow. # speaker: mission_locale
+ [Suggest she posts only what concerns the PFMP: dates, absences, hours]
  She understands: her reports stay in the mission locale’s file, and she will flag in the channel anything that changes the schedule. # score: ethique +1 Her CEJ interviews are about her life, her family, her income: they have no business under the chef’s eyes. Only what serves the project is shared. # score: numerique +1 The channel stays true to its purpose.
+ [Accept: the more everyone knows, the better the project goes]
  The first report arrives that same evening: two pages on her money problems and her brother. # score: communication +1 Everyone has the same thread of information. # score: ethique -2 But her reports expose her private life to partners who do not need it, far beyond what she agreed to.
+ [Open a separate thread in the channel, for the two of you only]
  A private thread appears, "CEJ follow-up". # score: numerique +1 A restricted thread separates the audiences. # score: ethique -1 But the mission locale’s reports belong in its own file: copying them elsewhere multiplies the copies of a private life.
- Friday evening, the channel has its members and three documents. You switch off your screen. # scene: office # week
-> semaine2

=== semaine2 ===
Tuesday, the following week. Ms Leroy has kept her word: the signed agreement is in the folder, readable by all. # scene: channel # pledge_kept: cfp_cuisine
{one_folder:
  Ms Dumas calls you, her voice tight: Mr Girard asked her whether "the nanny" could keep Noah later. He has read the childcare sheet.
  You correct the folder’s rights that same evening. The harm is done.
}
~ one_folder = false
Wednesday evening: nothing from the Bistrot about the end of the shift. # pledge_broken: bistrot
On Thursday morning, Ms Benson puts her proposal in the childcare sheet, as promised. # pledge_kept: rpe
A childminder in the Gare neighbourhood can look after Noah until 7.30 pm, from 2 March. I’ll hold her until Monday, no longer: she has other requests. # speaker: rpe
+ [Confirm to Ms Benson at once: an evening place doesn’t stay free]
  "That’s perfect, we’ll take it." Ms Benson books the place. # refer: dumas rpe # score: confiance +1 Ms Benson has her answer the same day: she knows she can count on you.
  Ms Dumas learns of it in the evening, by text. She says nothing.
+ [Call Ms Dumas, put the proposal to her, and let her choose]
  On the phone she asks her questions: the cost, the journey, whether Noah can meet the childminder first. You don’t have all the answers; Ms Benson does. # scene: phone # time: 1
  Yes. I’d like to meet her on Saturday, with Noah. # speaker: dumas # mood: happy # agree: dumas rpe
  You call Ms Benson back within the hour. # refer: dumas rpe # solve: dumas garde_enfants # score: confiance +1 Ms Benson has her answer within the time she asked for: a partner who keeps their commitments expects us to keep ours. # score: communication +1 A clear answer, the same day, to the person who made the proposal.
+ [Post the proposal in the channel, so that she answers it herself]
  Ms Dumas answers an hour later, in the channel, in front of everyone: "Yes, fine." # agree: dumas rpe # refer: dumas rpe # solve: dumas garde_enfants # score: communication +1 All the members can see that the childcare is moving. # score: ethique -1 But Noah’s childcare is displayed under the chef’s eyes, against what she had asked. # score: numerique -1 The proposal belonged in the restricted document: the channel has rules: they still have to be followed.
- -> girard

= girard
Friday. Still nothing from Mr Girard about the end of the shift, and the PFMP starts on Monday.
+ [Write in the channel: "Still no answer from the Bistrot about the hours?"]
  The message stays unanswered for an hour. Then Mr Girard replies with one word: "Seen." # score: communication +1 All the members know where the question stands. # score: confiance -2 But chasing a partner in front of the others exposes him: a missed commitment is raised with him first, without an audience.
+ [Ask Sam, who is on first-name terms with Mr Girard, to get the answer for you]
  Sam drops into the Bistrot at noon and comes back with the answer. Mr Girard wonders why you didn’t call him. # score: reseau +1 Sam knows the restaurant owners well: his network is a resource for the team. # score: confiance -2 But going through someone else without speaking to Mr Girard means bypassing him: mutual trust is built by saying directly what was not kept.
+ [Call Mr Girard to tell him you were waiting for his answer on Wednesday]
  Ah, sorry. The rush this week… 6 pm is fine on Tuesdays and Thursdays. Not Fridays, I need everyone. # scene: phone # speaker: bistrot # score: confiance +2 Telling a partner simply that a commitment was not kept, without reproach, keeps the relationship open: that is mutual trust. # score: communication +1 A clear question, a clear answer: open communication.
- At the end of the day, Mr Girard calls you. # scene: phone
And frankly, I never open your tool. Send me the schedules on WhatsApp, like everyone does. # speaker: bistrot
+ [Drop into the Bistrot on Monday to set the tool up on his phone]
  On Monday, between two services, ten minutes are enough. He turns on the notifications, grumbles, then admits it’s handy. # time: 1 # score: numerique +2 Helping a partner use the shared tool rather than working around it: the documents stay in a secure space, with their access rights.
+ [Send him the schedules on WhatsApp: it’s what he reads, and the PFMP is starting]
  He answers with a thumbs-up. Ms Dumas’s schedules are now on his personal phone. # score: confiance +1 Mr Girard appreciates that you adapt to him. # score: numerique -2 But a personal messaging app is outside the association’s frame: Ms Dumas’s data leave the secure space (GDPR).
+ [Send him a text with the hours every time the schedule changes]
  He will be told of every change. # score: communication +1 Mr Girard is sure to have the right information. # score: numerique -1 But a named person’s hours travel by text, outside the space provided, and two versions of the schedule coexist.
- Just before you leave, Mr Roux, from Tremplin Stages, calls you.
I’m the one who found this placement at the Bistrot, and I hear from Ms Leroy that there’s a channel. Will you add me? I’d like to follow my trainee. # speaker: tremplin
+ [Add him: he found this placement, he has his place]
  Mr Roux thanks you warmly. # share: dumas tremplin # score: confiance +1 Mr Roux feels recognised. # score: ethique -1 But his role ended with the introduction: he no longer takes part in the support, and Ms Dumas did not agree to him reading her hours.
+ [Explain why the channel is restricted, and promise him news on Monday]
  "The channel brings together those who work on her PFMP. But you found this placement: on Monday evening, I’ll tell you how her first day went." # commit: tremplin 1 Give Mr Roux news of the first day of the PFMP # score: communication +2 You say clearly what you can do and why, and offer a dated update: that is open communication.
+ [Tell him the channel is reserved for the project’s partners]
  "Ah. Right." He hangs up politely. # score: communication -1 A fair rule, but nothing in its place: Mr Roux, who found this placement, will hear nothing more.
- Friday evening. The PFMP starts on Monday. # scene: office # week
-> semaine3

=== semaine3 ===
Monday, the first day of the PFMP. At 3 pm, Ms Dumas posts a photo of her whites in the channel, with a single word: "Ready." # scene: channel
{open_promises("tremplin") > 0:
  In the evening you call Mr Roux: a successful first service. He is delighted to have news. # keep: tremplin
}
Tuesday, 10 am. The wide channel "réseau-valmoran", twenty-two members: every organisation in the area.
Mr Haddad has been working at Les Jardins de Valmoran since June, on an integration contract. In December he told you about his back, and allowed you to tell Cap emploi about it, and nobody else: an RQTH application is under way. # consent: karim # need: karim sante # term: rqth
A message has just appeared.
Hello all! Does anyone have a job with no heavy lifting? Karim Haddad, with us since June, has a slipped disc, he can’t carry anything over 10 kilos any more. RQTH application under way at Cap emploi. Thanks for him! # speaker: jardins
Two thumbs-up appear under the message. Mr Nguyen replies: "I’ll look on my side."
Vidal means well, you know. But this… # speaker: sam # mood: worried
+ [Reply in the thread that this message doesn’t belong here]
  "Please take this message down: no health information in this channel." Your reply bumps the thread up; three more members open it. Mr Vidal takes his message down without a word. # score: numerique +1 The twenty-two members see the rule recalled. # score: confiance -2 But Mr Vidal is corrected in public, and he bristles. # score: ethique -1 And your reply bumps the message up: others read it.
+ [Delete the message yourself, with your administrator rights]
  The message disappears. Nobody knows why. # score: ethique +1 The message no longer circulates. # score: communication -2 But neither Mr Vidal nor those who read it know why: the mistake will happen again.
+ [Write to Mr Vidal privately, so that he takes the message down at once]
  "Mr Vidal, could you take your message down now? His back and his RQTH are his health, and this channel has twenty-two people in it. I’ll call you this afternoon."
  Ah. Yes. I’ll take it down, and I won’t post anything like that again. # speaker: jardins # mood: sad # pledge: jardins 1 Take the message down and post nothing more about health in the channel # score: numerique +2 Asking the partner to take the message down himself, privately and at once: the leak stops, and the use of the tool is put right without humiliating anyone. # score: ethique +1 Health data are sensitive data under the GDPR: having them removed quickly limits the harm. # score: communication +1 You speak directly to the person concerned. # score: confiance +1 Mr Vidal is not exposed in front of his peers: the relationship holds.
  A few minutes later, the message has gone. # pledge_kept: jardins
- By the time it went, a dozen members had read it.
Are you going to tell Mr Haddad? He’s on the site, he surely hasn’t seen anything. No need to worry him. # speaker: sam
+ [Call him at lunchtime: tell him what happened, and what you did]
  Twenty-two people? My back is nobody’s business. Thanks for telling me, at least. # scene: phone # speaker: karim # mood: annoyed # score: ethique +2 The person whose data leaked is told, with what has been done (GDPR): it is his information, and his trust in you depends on it. # score: communication +1 Saying what happened, even when it is unpleasant, is open communication.
+ [Spare him the worry: the message is down, and he has probably not seen it]
  The next day, Mr Haddad calls you. A colleague on the site showed him a screenshot. # scene: phone # score: ethique -2 Keeping a leak from the person concerned deprives him of his rights (GDPR): and he finds out another way, later, and worse.
  You knew, and you said nothing to me? # speaker: karim # mood: annoyed
+ [Ask Mr Vidal to tell him himself, since it was his message]
  Mr Vidal tells him in the evening, in the changing room, in three sentences. Mr Haddad calls you the next morning. # scene: phone # score: communication +1 Mr Vidal owns his mistake in front of Mr Haddad. # score: ethique -1 But you hold his information and you owe him the explanation: what was posted, to whom, and what is being done.
  He told me in passing. Who read it, exactly? # speaker: karim # mood: annoyed
- I don’t want anyone talking about me without asking me any more. Nothing, to anyone. Not even Cap emploi, for now. # speaker: karim # mood: sad # withdraw: karim
Sam shrugs. The message was not online for long: as far as he is concerned, the matter is closed. # scene: office
+ [Close the incident: the message was only online for a few minutes]
  You move on. # score: ethique -2 A leak of health data is reported to the DPO, even a short one: it is for the DPO to judge what follows, not you.
+ [Report it today to the federation’s DPO, with Nadia]
  With Nadia, you fill in the incident form: what was posted, for how long, how many readers, what was done, and that Mr Haddad has been told. The data protection officer calls back within the hour. # time: 1 # term: dpo # score: ethique +2 A data breach is reported to the DPO without delay: the DPO assesses its seriousness and what follows, within the legal time limit (GDPR). # score: numerique +1 Recording the incident helps to correct the tool and its rules. # score: communication +1 Nadia, the coordinator, is kept informed.
+ [Tell Nadia about it, and let her decide what comes next]
  Nadia takes note and thanks you. But the week is busy: the incident form stays in her pile. # score: communication +1 Nadia is informed. # score: ethique -1 But nobody reports anything to the DPO, and the clock is running: it is for whoever found the leak to report it.
- -> vidal

= vidal
On Wednesday afternoon, Mr Nguyen calls you about a workshop. Before hanging up, he adds one thing. # scene: phone
Vidal’s done it again, eh? # speaker: france_travail
+ [Send Mr Vidal a firm email, Nadia in copy, with the GDPR article]
  The email goes at 6 pm. Mr Vidal’s answer is one line: "Received." # score: ethique +1 The frame is set down in writing. # score: confiance -2 But a firm email, copied to the coordinator, sounds like a sanction: Mr Vidal feels accused rather than supported.
+ [Tell Mr Nguyen it’s not Mr Vidal’s first blunder]
  Mr Nguyen laughs: he has stories of his own. You hang up as accomplices. # trust: france_travail +5 # trust: jardins -10 # score: confiance -2 Speaking ill of one partner to another damages the trust of the whole network: Mr Vidal will hear of it, and Mr Nguyen will wonder what you say about him.
+ [Suggest a coffee with Mr Vidal tomorrow, at the Jardins, to talk it over]
  Thursday, at the Jardins. You tell him you know he wanted to help Mr Haddad, then what is wrong: health is for the person to decide who knows about it. # scene: territory # time: 1 # trust: jardins +5
  I wanted to find him a job… Next time I’ll ask him first, and go through Cap emploi. # speaker: jardins # score: confiance +2 Acknowledging the partner’s intention, then stating the frame face to face: the relationship survives the mistake, and the mistake does not happen again.
- There remains the wide channel, and its rules: it has never had any. # scene: office
+ [Propose three rules for the channel at the monthly meeting, naming nobody]
  Next Thursday, at the monthly meeting, the partners adopt three rules: no names, no health information or personal situations; individual situations go by the secure messaging, to those who follow the person; a moderator each month. # score: numerique +2 Correcting the tool’s rules after an incident, and together: the channel is for coordination, the secure messaging for people. # score: communication +1 The rules are discussed openly, with everyone. # score: confiance +1 Nobody is pointed at: everyone can sign up to the rules.
+ [Ask for the wide channel to be closed: it’s too risky, back to emails]
  Nadia passes the request on. The channel closes at the end of the month. # score: ethique +1 No channel, no leak in this channel. # score: numerique -2 But the network loses its coordination tool, and emails leak too: it is the use that must be settled, not the tool that must go. # score: communication -1 The partners lose their place for quick exchanges.
+ [Pin a reminder of the rules in the channel yourself, this evening]
  The reminder is pinned at the top of the thread. Two thumbs-up. # score: numerique +1 The reminder is visible to all. # score: communication -1 But a rule laid down alone, without discussion, is carried by nobody.
- -> cap_emploi

= cap_emploi
On Friday morning, Ms Royer, from Cap emploi, calls you. # scene: phone
Mr Vidal called me about adapting Mr Haddad’s job. Can you send me his file today? The ergonomist comes on Tuesday. # speaker: cap_emploi
+ [Send her the file: Cap emploi already handles his RQTH, and the ergonomist comes on Tuesday]
  The file goes at 9.30. Ms Royer thanks you. # share: karim cap_emploi # solve: karim sante # score: reseau +1 Cap emploi is indeed the partner for adapting the job.
+ [Tell her you’ll call Mr Haddad first, and answer her on Monday]
  At noon you call Mr Haddad. You explain what Ms Royer is asking, what for, and what you would pass on: his job, his restrictions, nothing else. # time: 1
  Cap emploi, yes, for the job. But only them, and only that. # speaker: karim # consent: karim # agree: karim cap_emploi
  On Monday morning, Ms Royer receives what she needs for the job study. The ergonomist will come the following week. # refer: karim cap_emploi # solve: karim sante # score: ethique +1 After consent has been withdrawn, nothing circulates without a new, precise agreement: to whom, what, why. # score: confiance -1 Ms Royer has to put the ergonomist back a week: respecting the person has a cost for the partner.
- -> reemploi

= reemploi
On Friday afternoon, Ms Leroy writes to you in Ms Dumas’s channel. # scene: channel
Your channel works really well. I have three other trainees on PFMP at the Bistrot: what if we added them here, with their documents? # speaker: cfp_cuisine # mood: happy
+ [Keep this channel for Ms Dumas, and offer her the same model for each trainee]
  You send her the model: the three-line description, the rights per document, the closing date. She opens three channels on Monday. # score: numerique +2 One channel per project, with its rules and its closing date: the model is reused, not the data. # score: ethique +1 The other trainees have nothing to do with Ms Dumas’s PFMP, nor she with theirs. # score: confiance +1 You share what worked: reciprocity feeds the partnership.
+ [Accept: one channel for all the Bistrot’s trainees is simpler]
  Three new members arrive, with their agreements. # score: numerique +1 One space for the Bistrot is easy to follow. # score: ethique -2 But each trainee would see the others’ hours and documents: a channel brings together those who take part in a project, not a whole establishment.
+ [Decline: a channel per trainee would be too much for you to follow]
  Ms Leroy doesn’t insist. She will go back to emails. # score: ethique +1 No mixing of data. # score: numerique -1 But you give up a tool that has proved itself, when its model is ready.
- -> fin

=== fin ===
Friday evening. You reread the description of Ms Dumas’s channel: it will close one month after her PFMP. # scene: office
{has_consent("karim"):
  Mr Haddad has given you his agreement again, for Cap emploi and his job only. The rest is his to decide.
- else:
  Mr Haddad has not given his agreement again. For now, nothing more about him will leave your office.
}
A shared channel serves one person’s project, with those who work on it, and for a time. What touches her most closely goes through her first. # week
The module ends here. # end
-> END
