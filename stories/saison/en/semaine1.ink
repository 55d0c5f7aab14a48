// Week 1: the intake interviews, then a first contact with the team and the territory.

=== semaine1 ===
Monday morning, the first day of your season at Relais Insertion, in Valmoran. # scene: office
Nadia Ferhat, the coordinator, puts three files on your desk.
Eight weeks until the summer break. You're taking over Ms Dumas, Mr Haddad and Ms Melnyk. Monthly partner meeting on the first Thursday of June, review of our partnerships at the end of June. # speaker: nadia
Your mapping of the partners is nearly empty. You won't be able to see everyone every week: choose well, and keep in touch. # speaker: nadia # term: cartographie
She taps the planner on the wall: six half-days a week, not one more. The partners have their own calendars too: panels, sessions, waiting lists.
Team meeting on Tuesday morning, as always. Sam and Claire have known the territory for years: make use of them. # speaker: nadia
The three intake interviews are booked from today.
-> dumas

= dumas
Ms Inès Dumas, 24, sits down, clutching her bag on her knees. # time: 1
I was told you could help me with a cookery course. I left the lycée at sixteen, in my first year, to look after my little brothers. But cooking, I know: I helped my mother in her little restaurant for years. # speaker: dumas
On Sundays we did up to sixty covers, just the two of us. But without a qualification, nobody will take me. # speaker: dumas # mood: sad
Real experience, even without a diploma. You note that she wants a CAP cuisine, the cookery certificate, and a first step into a restaurant kitchen. # need: dumas formation # need: dumas emploi
* [Ask her whether her family will be able to look after her son during the course]
    You ask her whether her family will be able to look after her three-year-old son.
    Yes… My mother, I think. # speaker: dumas
* [Ask her what a typical day looks like, right now]
    You invite her to describe an ordinary day.
    In the morning I drop my son at my mother's. But she's going back to Portugal in June. And in a kitchen you finish late at night… I don't know how I'll manage. # speaker: dumas # mood: worried # need: dumas garde_enfants
-
* [Go through your full intake form, to start on a sound footing]
    You work through your intake questionnaire. She patiently answers questions she has clearly been asked elsewhere already. # score: reseau -1 Without asking who already follows her, you risk redoing another partner's work and wearing her out with procedures.
* (qui) [Ask her who is already supporting her]
    I have a youth commitment contract at the mission locale, the youth employment service, with Ms Lambert. # speaker: dumas # score: reseau +1 Asking who already supports the person avoids duplication: it is the first reflex when mapping the network.
-
* [Talk about her plans first, they matter so much to her: the paperwork can come at the end]
    She is keen to talk about cooking, and so are you. The appointment ends without a word about the paperwork. # score: ethique -1 Putting off the question of consent means risking talking about her to partners without her agreement.
* [Tell her what you will pass on, to whom and why, then ask for her consent]
    Her motivation and availability will go to the partners who need them; her family history stays here. She wants the CAP, and a placement: she gives her consent and signs, reassured. # consent: dumas # agree: dumas cfp_cuisine # agree: dumas tremplin # term: consentement # score: ethique +2 Explaining what will be shared, with whom and why, then obtaining consent: this comes before any exchange with partners (shared professional confidentiality).
-
-> karim

= karim
Mr Karim Haddad, 52, arrives early in an ironed shirt. He puts a binder on the table: twenty years of payslips and expired forklift certificates. # time: 1
Twenty years a forklift driver at Transports Morel. The warehouse closed three years ago. Since then, the divorce, the debts, the RSA. I'll take anything, you know. # speaker: karim # need: karim emploi
It's Ms Caron at the CCAS, the town's social services, who follows me for the RSA. But it's not going anywhere much. # speaker: karim
* (tout) [Reassure him: from now on, Relais Insertion takes care of everything]
    You tell him he no longer has to run from office to office: Relais Insertion is taking over. He looks relieved. # score: reseau -2 Ms Caron remains his RSA support worker: sidelining her duplicates the support and sets up a misunderstanding between partners.
* [Note that you will work with Ms Caron, his RSA support worker]
    You explain that you will coordinate with Ms Caron: each with their own role, and no double appointments. # score: reseau +1 Identifying the existing support worker and planning to coordinate with her respects each partner's role.
-
* [Look for job offers with him straight away]
    He wants something concrete: you open the forklift driver offers on the France Travail website. He notes three, all on industrial estates fifteen kilometres away.
* (freins) [Ask him what could make a return to work harder: travel, health, hours]
    My car is twenty years old, held together with string. And my back can't take carrying loads any more. # speaker: karim # need: karim mobilite
-
When it comes to signing, he waves away the question of confidentiality.
Tell whoever you like whatever you like, I've got nothing to hide. # speaker: karim
* [Explain what will go to the partners, and what will stay here]
    His skills and availability will go to partners; his debts, his divorce and his health will not, unless he asks. He nods, a little surprised, then signs. # consent: karim # score: ethique +1 Even when offered freely, consent must be informed: say what, to whom and why, and what will not be passed on.
* [Take him at his word and tick the box: he has another appointment at the CCAS at eleven]
    You tick the box. He is already on his feet. # consent: karim # score: ethique -1 "Tell whoever you like" is not informed consent: you must say what will be shared, with whom and why.
-
-> oksana

= oksana
Ms Oksana Melnyk, 38, arrives with her son Maksym, 12. She speaks a little French, a little English. Maksym speaks fluently and immediately offers to translate. # time: 1
* (maksym) [Let Maksym translate: she seems reassured to have him there, and he speaks so well]
    Maksym translates quickly and well. His mother talks about her job, an accountant in Kharkiv, and about the family hosting them. She often looks at her son before answering, and keeps it short. # score: ethique -2 A child never interprets for a parent: his mother censors herself, and he carries a burden that is not his. A professional interpreter guarantees free and confidential speech.
* [Thank Maksym, settle him in the reading corner, and call the interpreting service]
    You call the telephone interpreting service. On her own, Ms Melnyk speaks more freely. # score: ethique +2 A professional interpreter guarantees free and confidential speech; a child should not have to carry his mother's situation.
    Fifteen years an accountant in Kharkiv. Here, a very kind family is hosting us. But they need the room back in July. I haven't said anything in front of Maksym. # speaker: oksana # mood: worried # need: oksana logement
-
I want to speak better French, and to work. Not necessarily as an accountant straight away. I don't want to sit and wait. # speaker: oksana # need: oksana langue # need: oksana emploi
She takes out of her bag a diploma folded in four, translated and stamped, and smooths it flat with her palm.
{ semaine1.oksana.maksym:
    You still need her consent to talk about her to partners. Her son will not translate that: you suggest she comes back on Wednesday, on her own, with the interpreter on the phone. # time: 1
    On Wednesday, the interpreter translates sentence by sentence what you will pass on, to whom and why. Ms Melnyk asks two questions, then gives her consent. The French workshops, yes, she would like that. # consent: oksana # agree: oksana langues
  - else:
    With the interpreter, you explain what you will pass on to partners, to whom and why. She gives her consent, and would like French workshops. # consent: oksana # agree: oksana langues
}
Three people, and already more needs than partners on your map. The rest of the week is yours.
-> hub

= hub
{time_left() <= 0: -> fin}
* [Attend Tuesday's team meeting] -> reunion
* {semaine1.dumas.qui} [Call Ms Lambert at the mission locale # place: mission_locale] -> mission_locale
* [Call France Travail about Mr Haddad # place: france_travail] -> france_travail
* [Drop in at "Mots Partagés" for Ms Melnyk # place: langues] -> mots_partages -> hub
+ [Close the week] -> fin

= reunion
Tuesday, team meeting. Sam Benali and Claire Morel are there; Nadia chairs. # scene: office # time: 1
Any situations to present this week? # speaker: nadia
* [Tell your three situations in detail: the team will have the full picture]
    You tell everything, Mr Haddad's debts and the war included. Sam and Claire listen, then offer their contacts. # score: equipe +1 Presenting your cases to the team brings everyone's skills into play. # score: ethique -1 Even in-house, you share only what serves the support: the debts and the divorce help nobody find a placement.
* [Talk to Nadia alone, after the meeting: fewer people, fewer risks]
    Nadia listens for ten minutes in a doorway and gives you two names. Sam and Claire will know nothing of it. # score: ethique +1 Keeping the circle small protects confidentiality. # score: equipe -1 Sam and Claire have the useful contacts: without the meeting, the synergy of skills does not work.
* [Present the essentials of each situation, and ask who knows what]
    You sum up the three pathways in a few sentences, with no unnecessary detail: everyone brings what they know, the team's synergy. # term: synergie # score: equipe +2 Presenting cases at the internal meeting, with only what matters, brings everyone's skills and networks into play: this is the synergy of skills.
    I know quite a few restaurant owners. For a placement for Ms Dumas, think of me. # speaker: sam
    And for childcare, come to me before you call the Relais Petite Enfance, the local childminding information service: I know the right person. # speaker: claire
-
-> hub

= mission_locale
Ms Sophie Lambert, an adviser at the mission locale, the youth employment service, picks up on the second ring. # scene: phone # time: 1
Ms Dumas? Yes, I follow her on a youth commitment contract. What are you planning to do with her? # speaker: mission_locale
* [Share out the roles: she stays the lead adviser, you handle training and childcare]
    Perfect. On my side, I keep her allowance and her monthly follow-up. Keep me posted after each step, that's all I ask. # speaker: mission_locale # mood: happy # score: reseau +2 Sharing out roles with the existing lead adviser avoids duplication and respects each partner's mission.
* [Offer to take over her whole follow-up: Ms Dumas will have just one contact]
    A silence on the line. # score: reseau -2 Offering to take over an existing follow-up ignores the mission locale's role for under-26s: better to share out the roles.
    She signed a contract with us. You don't just "take over" young people like that. # speaker: mission_locale # mood: annoyed # trust: mission_locale -5
-
-> hub

= france_travail
Mr Thomas Nguyen, an adviser at the France Travail office, calls you back between two appointments. # scene: phone # time: 1
Mr Haddad, forklift driver? His forklift licences have expired, he'll need to retake them. Do you have anything on his situation? # speaker: france_travail
* [Tell him about the divorce and the debts too, so he sees the urgency]
    You give him the full picture. He listens politely. # share: karim france_travail # score: ethique -2 The divorce and the debts do not help the job search: sharing the whole file goes beyond what the partner needs.
* {semaine1.karim.freins} [Mention his back as well, to rule out load-handling jobs]
    He notes: "no carrying loads". # share: karim france_travail # score: reseau +1 Suitable offers from the start save everyone time. # score: ethique -2 Health information is passed on only with the person's explicit consent, even to help him: it is for Mr Haddad to decide whether to mention it.
* [Give him his experience, his availability, his travel]
    You summarise his experience, his availability and his travel. The next day, Mr Nguyen sends him three warehouse forklift offers, load handling included. # share: karim france_travail # score: ethique +1 Pass on only what serves the partner's mission, and nothing about his health without his consent. # score: reseau -1 Without all his constraints, the partner offers jobs that miss the mark: suggest that Mr Haddad raise it himself.
-
I can fund the renewal of his forklift licences, but not before the autumn. Meanwhile, Les Jardins de Valmoran will soon be recruiting on integration contracts: that could suit him. # speaker: france_travail
I'll send you the dates of the next forklift licence session by next Friday. # speaker: france_travail # pledge: france_travail 1 Send the dates of the next forklift licence session
-> hub

= fin
Friday evening. You reread your notes: three pathways, and already a dozen possible partners on the map. # week
-> semaine2
