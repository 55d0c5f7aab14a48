// La santé de M. Haddad : son dos, Cap emploi, la RQTH et la médecine du travail. Rien ne circule sans son accord.

=== sante_karim ===
M. Haddad s’assoit avec précaution, une main dans le bas du dos. # scene: office # time: 1
Je vais vous dire une chose, mais elle reste ici. Mon dos, c’est de pire en pire. Vingt ans à charger des palettes, ça se paie. Le matin, je mets dix minutes à me lever. # speaker: karim # mood: worried # need: karim sante
Surtout, n’en parlez pas à M. Vidal. S’il sait, il prend quelqu’un d’autre. # speaker: karim
M. Vidal, lui, vous a demandé la semaine dernière de lui dire s’il y avait « quoi que ce soit » à prévoir avant l’embauche.
* [Prévenir discrètement M. Vidal : il pourra adapter ses tâches dès le premier jour]
    M. Vidal vous remercie : il mettra M. Haddad aux semis plutôt qu’aux caisses. Le lendemain, il en parle à M. Haddad, qui comprend d’où vient l’information. # share: karim jardins # score: reseau +1 Le partenaire qui emploie M. Haddad peut adapter son poste tout de suite. # score: ethique -2 Une information de santé est une donnée sensible (RGPD) : la transmettre contre l’avis de la personne rompt le secret professionnel partagé, même pour l’aider. # term: rgpd
    M. Haddad vous appelle, la voix blanche. Cap emploi, la RQTH, tout ça ? Non. Vous en avez assez dit. # speaker: karim # mood: annoyed # refuse: karim cap_emploi
* [Lui répondre que ça ira mieux au grand air, et parler de son premier jour]
    Il sourit poliment. Il ne vous en reparlera plus. # score: reseau -1 Une douleur qui dure depuis des années relève de la santé au travail : ne pas penser au réseau de la santé, c’est laisser la personne seule avec son problème.
* [Respecter sa demande, et lui parler de Cap emploi et de la RQTH]
    Vous lui expliquez : la reconnaissance de la qualité de travailleur handicapé se demande à la MDPH, un employeur n’en sait rien si lui ne le décide pas, et elle ouvre un aménagement de poste avec Cap emploi. # term: rqth # score: ethique +2 Une donnée de santé n’appartient qu’à la personne : l’informer de ses droits et lui laisser décider de ce qu’elle en dit, c’est respecter le secret professionnel partagé. # score: reseau -1 M. Vidal ne pourra pas adapter le poste dès le premier jour : sans l’information, le réseau tarde à agir. C’est le prix du secret, et il est juste de le payer.
    Handicapé, moi ? Il rit, sans joie. Puis il réfléchit longtemps.
    Cap emploi, je veux bien les rencontrer. La RQTH, je vous dirai après. Et c’est moi qui dirai à M. Vidal ce que je veux lui dire. # speaker: karim # agree: karim cap_emploi
    Vous appelez Mme Royer devant lui : un rendez-vous la semaine prochaine. # refer: karim cap_emploi
-
->->

=== cap_emploi_rdv ===
Cap emploi, au premier étage de la maison des services. Mme Nathalie Royer reçoit M. Haddad, puis vous retrouve dans son bureau. # scene: territory # time: 2
Pour préparer une étude de poste aux Jardins, il me faut ce qu’on sait de son dos. Vous avez des éléments ? Ça m’éviterait de tout reprendre avec lui. # speaker: cap_emploi
* [Lui résumer ce qu’il vous a confié de son dos : elle gagnera une semaine]
    Mme Royer note tout, soulagée. Votre résumé, lui, contient ce que M. Haddad ne voulait dire à personne. # share: karim cap_emploi # score: reseau +1 Cap emploi peut préparer l’étude de poste sans attendre. # score: ethique -2 Ce qu’il vous a confié de sa santé ne vous appartient pas : c’est à lui, et au médecin du travail, tenu au secret, d’en dire ce qui est utile. Ne transmettre que ce qui sert, et avec son accord.
* [Lui donner le poste et les horaires, et la laisser parler santé avec lui]
    D’accord. Je le reverrai avec le médecin du travail : ça prendra une semaine de plus. # speaker: cap_emploi # score: ethique +2 Les tâches et les horaires suffisent à préparer l’étude de poste ; la santé se dit entre la personne, Cap emploi et le médecin du travail, tenu au secret. # score: reseau -1 L’étude de poste attendra une semaine de plus : respecter le secret ralentit le réseau, et il vaut mieux l’expliquer à la partenaire.
-
M. Haddad revient s’asseoir. Il a rempli la demande de RQTH avec Mme Royer.
J’ai signé. Mme Royer peut dire à M. Vidal qu’il faut adapter mon poste. Mais mon dos, les détails, c’est entre le médecin et moi. # speaker: karim
Je contacte les Jardins et le service de santé au travail, et je vous donne la date de l’étude de poste d’ici vendredi prochain. # speaker: cap_emploi # pledge: cap_emploi 1 Donner la date de l’étude de poste aux Jardins
->->
