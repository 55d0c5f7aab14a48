// Mr Haddad's health: his back, Cap emploi, the RQTH and occupational health. Nothing is passed on without his agreement.

=== sante_karim ===
Mr Haddad sits down carefully, one hand on the small of his back. # scene: office # time: 1
I'll tell you something, but it stays here. My back is getting worse and worse. Twenty years loading pallets, you pay for it. In the morning it takes me ten minutes to get up. # speaker: karim # mood: worried # need: karim sante
Whatever you do, don't tell Mr Vidal. If he knows, he'll take someone else. # speaker: karim
Mr Vidal, for his part, asked you last week to tell him if there was "anything at all" to plan for before he took him on.
* [Quietly let Mr Vidal know: he can adapt his tasks from day one]
    Mr Vidal thanks you: he'll put Mr Haddad on seedlings rather than crates. The next day he mentions it to Mr Haddad, who understands where the information came from. # share: karim jardins # score: reseau +1 The partner employing Mr Haddad can adapt his post straight away. # score: ethique -2 Health information is sensitive data (GDPR): passing it on against the person's wishes breaks shared professional secrecy, even to help him. # term: rgpd
    Mr Haddad calls you, his voice flat. Cap emploi, the RQTH, all that? No. You've said enough. # speaker: karim # mood: annoyed # refuse: karim cap_emploi
* [Tell him it'll get better in the fresh air, and talk about his first day]
    He smiles politely. He won't mention it to you again. # score: reseau -1 Pain that has lasted for years is a matter for occupational health: not thinking of the health network leaves the person alone with the problem.
* [Respect his wish, and tell him about Cap emploi and the RQTH]
    You explain: recognition as a disabled worker is applied for at the MDPH, an employer learns of it only if he himself decides so, and it opens the way to adapting his post with Cap emploi. # term: rqth # score: ethique +2 Health information belongs to the person alone: telling him his rights and letting him decide what he says about it respects shared professional secrecy. # score: reseau -1 Mr Vidal won't be able to adapt the post from day one: without the information, the network is slower to act. That is the price of secrecy, and it is right to pay it.
    Disabled, me? He laughs, without joy. Then he thinks for a long while.
    Cap emploi, I'm willing to meet them. The RQTH, I'll tell you later. And I'm the one who'll tell Mr Vidal what I want to tell him. # speaker: karim # agree: karim cap_emploi
    You call Ms Royer in front of him: an appointment next week. # refer: karim cap_emploi
-
->->

=== cap_emploi_rdv ===
Cap emploi, on the first floor of the public services building. Ms Nathalie Royer sees Mr Haddad, then joins you in her office. # scene: territory # time: 2
To prepare a workstation assessment at Les Jardins, I need what is known about his back. Do you have anything? It would save me going over everything with him. # speaker: cap_emploi
* [Sum up for her what he told you about his back: she'll save a week]
    Ms Royer writes it all down, relieved. Your summary contains what Mr Haddad didn't want to tell anyone. # share: karim cap_emploi # score: reseau +1 Cap emploi can prepare the workstation assessment without waiting. # score: ethique -2 What he confided about his health is not yours: it is for him, and for the occupational doctor, bound by secrecy, to say what is useful. Pass on only what serves, and with his agreement.
* [Give her the job and the hours, and let her talk health with him]
    All right. I'll see him again with the occupational doctor: that will take another week. # speaker: cap_emploi # score: ethique +2 The tasks and hours are enough to prepare the workstation assessment; health is discussed between the person, Cap emploi and the occupational doctor, who is bound by secrecy. # score: reseau -1 The workstation assessment will wait another week: respecting secrecy slows the network down, best explained to the partner.
-
Mr Haddad comes back and sits down. He has filled in the RQTH application with Ms Royer.
I've signed. Ms Royer can tell Mr Vidal that my post needs adapting. But my back, the details, that's between the doctor and me. # speaker: karim
I'll contact Les Jardins and the occupational health service, and give you the date of the workstation assessment by Friday next week. # speaker: cap_emploi # pledge: cap_emploi 1 Give the date of the workstation assessment at Les Jardins
->->
