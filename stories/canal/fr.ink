INCLUDE ../lib/engine.ink

// Le canal commun : un canal pour le projet d'une personne, bien monté, puis une fuite dans le canal général.
// Un seul booléen, remis à false dès qu'il a servi, pour garder l'espace d'états modeste.
VAR one_folder = false

-> lancement

=== lancement ===
Lundi matin, mi-février, à Relais Insertion. Nadia pose une tasse de café à côté de votre clavier. # scene: office
La fédération nous a ouvert un espace de travail sécurisé, hébergé en France : des canaux, des documents partagés, des droits d’accès par document. Tu veux l’essayer pour la PFMP de Mme Dumas ? # speaker: nadia # term: pfmp
Mme Dumas prépare son CAP cuisine aux Toques de Valmoran depuis octobre. Le 2 mars, elle commence sa période de formation en milieu professionnel au Bistrot du Marché. Depuis quinze jours, les courriels se croisent : Mme Leroy pour la convention, M. Girard pour les horaires, Mme Lambert à la mission locale pour son contrat d’engagement jeune.
Et un nœud : le service du soir finit à 19 h, et la garde de Noah, son fils de 3 ans, s’arrête à 18 h 30. Le Relais Petite Enfance cherche une solution. # need: dumas garde_enfants
Un canal pour un seul projet, avec seulement ceux qui y travaillent : c’est exactement à ça que sert un canal commun. Mais c’est son projet à elle. Elle doit savoir ce qu’on y mettra. # speaker: nadia # term: canal_commun
Dans votre boîte, un message de Mme Leroy : elle aimerait que le canal soit ouvert aujourd’hui, pour y déposer la convention au plus vite.
+ [La recevoir jeudi pour lui montrer l’outil, et ce que chacun y verra]
  Jeudi, Mme Dumas s’assoit à côté de vous, devant l’écran. Vous lui montrez qui sera dans le canal, ce qu’on y déposera, et quand il sera fermé. # time: 1
  Et le chef, il verra tout ? Je ne veux pas qu’il sache pour Noah. Il va croire que je partirai toujours en avance. # speaker: dumas # mood: worried
  Vous convenez ensemble : la fiche de garde ne sera lue que par le Relais Petite Enfance, la mission locale et vous. Elle donne son accord, pour ce canal et pour la durée de sa PFMP. # consent: dumas # term: consentement # score: ethique +2 Un accord éclairé porte sur un partage précis : qui lira, quoi, pourquoi et combien de temps. En prenant le temps de lui montrer l’outil, vous lui avez permis de poser sa propre limite (secret professionnel partagé, RGPD).
  Mme Leroy attendra jeudi soir pour déposer la convention. Elle répond d’un « Entendu » un peu sec.
+ [Lui envoyer le formulaire d’accord en ligne de l’outil, à signer sur son téléphone]
  Le lien part à 10 h. À 10 h 12, Mme Dumas a signé. L’outil garde la trace de l’accord, daté. # consent: dumas # score: numerique +1 Le formulaire de l’outil conserve une trace datée de l’accord : c’est un usage sérieux de l’outil. # score: ethique -1 Mais signer un formulaire n’est pas un accord éclairé : personne ne lui a dit qui lirait quoi, ni pour combien de temps. Le consentement se recueille en expliquant.
  Le soir, elle vous écrit : « Le chef va voir des choses sur mon fils ? Je préférerais pas. »
+ [Demander à Mme Lambert, qui la voit mardi pour son CEJ, de recueillir son accord]
  Mme Lambert accepte volontiers. Mardi soir, elle vous écrit : Mme Dumas est d’accord. # consent: dumas # score: reseau +1 Mme Lambert est sa référente à la mission locale : passer par elle, c’est se coordonner plutôt que doubler son travail. # score: ethique -1 Mais l’accord se recueille par qui partagera, en expliquant ce qui circulera : Mme Lambert ne connaît ni l’outil ni ce que vous comptez y mettre.
  Elle ajoute : « Une chose : elle ne veut pas que le chef sache pour son fils. »
- -> membres

=== membres ===
Vous créez le canal et le nommez « PFMP Bistrot — I. D. » : ses initiales, pas son nom. Reste à choisir qui y entre. # scene: channel
+ [Ajouter aussi le CCAS et France Travail : ils pourront l’aider pour ses ressources]
  Mme Caron et M. Nguyen acceptent l’invitation, ravis d’être associés. # share: dumas ccas # share: dumas france_travail # score: confiance +1 Mme Caron et M. Nguyen apprécient d’être associés : un partenaire invité reste engagé. # score: ethique -2 Mais ni le CCAS ni France Travail ne participent à son projet de PFMP : le secret professionnel partagé limite le partage à ceux qui prennent part à l’accompagnement. # score: reseau -1 C’est la mission locale qui l’accompagne vers l’emploi, pas France Travail : connaître le rôle de chacun, c’est aussi savoir qui n’a pas sa place.
+ [Les Toques, le Bistrot, le Relais Petite Enfance et vous : la mission locale a ses outils]
  Le canal compte quatre membres. Mme Lambert l’apprendra par Mme Dumas. # score: ethique +1 Peu de membres, peu d’exposition : le partage reste minimal. # score: reseau -2 Mais Mme Lambert suit Mme Dumas dans son contrat d’engagement jeune : laisser la référente hors du canal, c’est risquer de doubler son travail ou de le contredire.
+ [Les quatre partenaires de son projet : les Toques, le Bistrot, la mission locale, le RPE]
  Mme Leroy, M. Girard, Mme Lambert et Mme Benson reçoivent l’invitation, avec une ligne sur le rôle de chacun. Ce qui est dit ici reste entre ceux qui l’accompagnent : c’est le secret professionnel partagé. # term: secret_partage # score: reseau +2 Chacun a sa part : le centre signe la convention, le Bistrot accueille, la mission locale la suit en CEJ, le Relais Petite Enfance cherche la garde. Le canal réunit ceux qui agissent sur ce projet, et eux seulement. # score: ethique +1 Secret professionnel partagé : seuls ceux qui participent à son accompagnement, avec son accord.
- -> documents

=== documents ===
Trois documents vont vivre dans le canal : la convention de PFMP, le planning de ses services au Bistrot, et la fiche de garde de Noah.
+ [Un seul dossier, que tous les membres peuvent lire et modifier]
  Tout est au même endroit, et chacun peut corriger ce qui le concerne. # score: numerique +1 Un dossier unique évite les versions qui se croisent par courriel. # score: ethique -2 Mais la fiche de garde y est lisible par le chef, contre ce que Mme Dumas avait demandé : l’accès à chaque document doit suivre le besoin de chacun.
  ~ one_folder = true
+ [Des droits par document, selon le rôle de chacun dans la PFMP]
  La convention : les Toques la modifient, les autres la lisent. Le planning : le Bistrot le tient à jour. La fiche de garde : le RPE, la mission locale et vous seuls. Et ce qui n’y entrera jamais : son dossier médical, ses papiers CAF, ses ressources. # score: numerique +2 Des documents partagés avec des droits adaptés, qui lit, qui modifie, et ce qui n’y entre jamais : c’est le bon usage de l’outil. # score: ethique +1 Chacun n’accède qu’à ce qui lui sert (minimisation des données, RGPD), et la limite qu’elle a posée sur Noah est respectée.
+ [Garder les documents dans votre messagerie et les envoyer à qui les demande]
  Vous gardez la main sur chaque pièce. # score: ethique +1 Rien n’est exposé sans que vous le décidiez. # score: numerique -1 Mais les pièces jointes se multiplient, les versions divergent, et personne ne sait laquelle fait foi : l’outil commun sert justement à cela.
- -> regles

=== regles ===
Nadia passe derrière vous et jette un œil à l’écran.
Et la description du canal, tu y mets quoi ? C’est la première chose que les partenaires liront. # speaker: nadia
+ [Ne rien écrire de plus : ce sont des professionnels, ils savent quoi y poster]
  Le canal reste sans description. # score: numerique -2 Sans objet ni règles écrites, chacun y met ce qu’il croit utile, et rien ne dit quand le canal fermera : un canal commun a un but, un contenu et une durée.
+ [Épingler la charte informatique de la fédération, qui prévoit tous les cas]
  Vous épinglez le PDF de vingt pages. # score: ethique +1 La charte rappelle le cadre légal de la fédération. # score: numerique -1 Mais vingt pages ne disent ni à quoi sert ce canal-là, ni quand il fermera : personne ne les lira.
+ [Écrire trois lignes : à quoi sert le canal, ce qu’on y poste, quand il ferme]
  « Objet : la PFMP de Mme Dumas au Bistrot du Marché. On y poste : dates, horaires, documents, qui fait quoi. Jamais : santé, famille, ressources ; cela passe par téléphone ou par la messagerie sécurisée. Fermeture : un mois après la PFMP ; la convention rejoint alors son dossier, le reste est supprimé. » # score: numerique +2 Un canal commun a besoin de règles claires et courtes : son objet, ce qu’on y poste, sa durée de conservation. # score: ethique +1 Finalité, minimisation, conservation limitée : les principes du RGPD, écrits en trois lignes que chacun lira.
- Nadia hoche la tête : le RGPD demande un but, des données utiles et une durée, rien de plus. Elle retourne à son bureau. # term: rgpd
-> engagements

=== engagements ===
Jeudi soir, les partenaires rejoignent le canal. Chacun se présente d’une ligne.
Je dépose la convention signée dans le dossier d’ici vendredi prochain. # speaker: cfp_cuisine # pledge: cfp_cuisine 1 Déposer la convention de PFMP signée dans le dossier partagé
Pour la fin de service à 18 h au lieu de 19 h, je vous dis ça mercredi prochain. # speaker: bistrot # pledge: bistrot 1 Dire d’ici mercredi si Mme Dumas peut finir à 18 h
Je cherche une assistante maternelle disponible le soir. Je vous fais une proposition d’ici jeudi prochain. # speaker: rpe # pledge: rpe 1 Proposer une solution de garde pour le soir
Puis Mme Lambert écrit, en message direct.
Super outil. Je peux y déposer les comptes rendus de mes entretiens CEJ avec elle ? Comme ça, tout le monde a le fil. # speaker: mission_locale
+ [Lui proposer de n’y mettre que ce qui touche la PFMP : dates, absences, horaires]
  Elle comprend : ses comptes rendus restent dans le dossier de la mission locale, et elle signalera dans le canal ce qui change le planning. # score: ethique +1 Ses entretiens CEJ parlent de sa vie, de sa famille, de ses ressources : ils n’ont rien à faire sous les yeux du chef. On ne partage que ce qui sert au projet. # score: numerique +1 Le canal reste fidèle à son objet.
+ [Accepter : plus chacun en sait, mieux le projet avance]
  Le premier compte rendu arrive le soir même : deux pages sur ses difficultés d’argent et son frère. # score: communication +1 Tout le monde a le même fil d’information. # score: ethique -2 Mais ses comptes rendus exposent sa vie privée à des partenaires qui n’en ont pas besoin, bien au-delà de ce qu’elle a accepté.
+ [Lui ouvrir un fil à part dans le canal, réservé à vous deux]
  Un fil privé apparaît, « Suivi CEJ ». # score: numerique +1 Un fil restreint sépare les publics. # score: ethique -1 Mais les comptes rendus de la mission locale ont leur place dans son dossier à elle : les recopier ailleurs multiplie les copies d’une vie privée.
- Vendredi soir, le canal compte ses membres et trois documents. Vous éteignez votre écran. # scene: office # week
-> semaine2

=== semaine2 ===
Mardi, la semaine suivante. Mme Leroy a tenu parole : la convention signée est dans le dossier, en lecture pour tous. # scene: channel # pledge_kept: cfp_cuisine
{one_folder:
  Mme Dumas vous appelle, la voix serrée : M. Girard lui a demandé si « la nounou » pourrait garder Noah plus tard. Il a lu la fiche de garde.
  Vous corrigez les droits du dossier le soir même. Le mal est fait.
}
~ one_folder = false
Mercredi soir : rien du Bistrot sur la fin de service. # pledge_broken: bistrot
Jeudi matin, Mme Benson dépose sa proposition dans la fiche de garde, comme promis. # pledge_kept: rpe
Une assistante maternelle du quartier de la Gare peut garder Noah jusqu’à 19 h 30, à partir du 2 mars. Je la bloque jusqu’à lundi, pas plus : elle a d’autres demandes. # speaker: rpe
+ [Confirmer tout de suite à Mme Benson : une place du soir ne reste pas libre]
  « C’est parfait, on prend. » Mme Benson réserve la place. # refer: dumas rpe # score: confiance +1 Mme Benson a sa réponse le jour même : elle pourra compter sur vous.
  Mme Dumas l’apprend le soir, par un message. Elle ne dit rien.
+ [Appeler Mme Dumas, lui présenter la proposition, et la laisser choisir]
  Au téléphone, elle pose ses questions : le prix, le trajet, si Noah pourra rencontrer l’assistante maternelle avant. Vous n’avez pas toutes les réponses, Mme Benson les a. # scene: phone # time: 1
  Oui. Je veux bien la rencontrer samedi, avec Noah. # speaker: dumas # mood: happy # agree: dumas rpe
  Vous rappelez Mme Benson dans l’heure. # refer: dumas rpe # solve: dumas garde_enfants # score: confiance +1 Mme Benson a sa réponse dans le délai qu’elle demandait : un partenaire qui tient ses engagements attend qu’on tienne les nôtres. # score: communication +1 Une réponse claire, le jour même, à celle qui a fait la proposition.
+ [Poster la proposition dans le canal, pour qu’elle y réponde elle-même]
  Mme Dumas répond une heure plus tard, dans le canal, devant tout le monde : « Oui, d’accord. » # agree: dumas rpe # refer: dumas rpe # solve: dumas garde_enfants # score: communication +1 Tous les membres voient que la garde avance. # score: ethique -1 Mais la garde de Noah s’affiche sous les yeux du chef, contre ce qu’elle avait demandé. # score: numerique -1 La proposition relevait du document restreint : le canal a des règles : encore faut-il les suivre.
- -> girard

= girard
Vendredi. Toujours rien de M. Girard sur la fin de service, et la PFMP commence lundi.
+ [Écrire dans le canal : « Toujours pas de réponse du Bistrot pour les horaires ? »]
  Le message reste sans réponse une heure. Puis M. Girard répond d’un mot : « Vu. » # score: communication +1 Tous les membres savent où en est la question. # score: confiance -2 Mais relancer un partenaire devant les autres l’expose : un engagement manqué se dit d’abord à lui, sans public.
+ [Demander à Sam, qui tutoie M. Girard, d’obtenir la réponse à votre place]
  Sam passe au Bistrot à midi et revient avec la réponse. M. Girard, lui, se demande pourquoi vous ne l’avez pas appelé. # score: reseau +1 Sam connaît bien les restaurateurs : son réseau est une ressource de l’équipe. # score: confiance -2 Mais passer par quelqu’un d’autre sans en parler à M. Girard, c’est le contourner : la confiance mutuelle se construit en disant directement ce qui n’a pas été tenu.
+ [Appeler M. Girard pour lui dire que vous attendiez sa réponse mercredi]
  Ah, pardon. Le coup de feu de la semaine… Pour 18 h, c’est bon le mardi et le jeudi. Le vendredi, non, j’ai besoin de tout le monde. # scene: phone # speaker: bistrot # score: confiance +2 Dire simplement au partenaire qu’un engagement n’a pas été tenu, sans reproche, garde la relation ouverte : c’est la confiance mutuelle. # score: communication +1 Une question claire, une réponse claire : la communication ouverte.
- En fin de journée, M. Girard vous appelle. # scene: phone
Et franchement, votre outil, je ne l’ouvre jamais. Envoyez-moi les plannings sur WhatsApp, comme tout le monde. # speaker: bistrot
+ [Passer au Bistrot lundi pour lui installer l’outil sur son téléphone]
  Lundi, entre deux services, dix minutes suffisent. Il active les notifications, grogne, puis reconnaît que c’est pratique. # time: 1 # score: numerique +2 Accompagner un partenaire dans l’usage de l’outil commun plutôt que de le contourner : les documents restent dans un espace sécurisé, avec leurs droits d’accès.
+ [Lui envoyer les plannings sur WhatsApp : c’est ce qu’il lit, et la PFMP commence]
  Il répond d’un pouce levé. Les plannings de Mme Dumas sont désormais sur son téléphone personnel. # score: confiance +1 M. Girard apprécie que vous vous adaptiez à lui. # score: numerique -2 Mais une messagerie personnelle échappe au cadre de l’association : les données de Mme Dumas quittent l’espace sécurisé (RGPD).
+ [Lui envoyer un SMS avec les horaires à chaque mise à jour du planning]
  Il sera prévenu de chaque changement. # score: communication +1 M. Girard est sûr d’avoir la bonne information. # score: numerique -1 Mais les horaires d’une personne nommée circulent par SMS, hors de l’espace prévu, et deux versions du planning coexistent.
- Juste avant de partir, M. Roux, de Tremplin Stages, vous appelle.
C’est moi qui ai trouvé ce stage au Bistrot, et j’apprends par Mme Leroy qu’il y a un canal. Vous m’ajoutez ? J’aimerais suivre ma stagiaire. # speaker: tremplin
+ [L’ajouter : c’est lui qui a trouvé ce stage, il a sa place]
  M. Roux vous remercie chaleureusement. # share: dumas tremplin # score: confiance +1 M. Roux se sent reconnu. # score: ethique -1 Mais son rôle s’est arrêté à la mise en relation : il ne prend plus part à l’accompagnement, et Mme Dumas n’a pas accepté qu’il lise ses horaires.
+ [Lui expliquer pourquoi le canal est restreint, et lui promettre des nouvelles lundi]
  « Le canal réunit ceux qui travaillent sur sa PFMP. Mais vous avez trouvé ce stage : lundi soir, je vous dis comment s’est passé le premier jour. » # commit: tremplin 1 Donner à M. Roux des nouvelles du premier jour de PFMP # score: communication +2 Vous dites clairement ce que vous pouvez faire et pourquoi, et vous proposez un retour daté : c’est la communication ouverte.
+ [Lui répondre que le canal est réservé aux partenaires du projet]
  « Ah. Bon. » Il raccroche poliment. # score: communication -1 Une règle juste, mais rien à la place : M. Roux, qui a trouvé ce stage, n’aura plus de nouvelles.
- Vendredi soir. La PFMP commence lundi. # scene: office # week
-> semaine3

=== semaine3 ===
Lundi, premier jour de PFMP. À 15 h, Mme Dumas poste dans le canal une photo de sa tenue, avec un seul mot : « Prête. » # scene: channel
{open_promises("tremplin") > 0:
  Le soir, vous appelez M. Roux : premier service réussi. Il est ravi d’avoir des nouvelles. # keep: tremplin
}
Mardi, 10 h. Le canal général « réseau-valmoran », vingt-deux membres : toutes les structures du territoire.
M. Haddad travaille depuis juin aux Jardins de Valmoran, en contrat d’insertion. En décembre, il vous a parlé de son dos, et vous a permis d’en parler à Cap emploi, à personne d’autre : il y a un dossier de RQTH en cours. # consent: karim # need: karim sante # term: rqth
Un message vient d’apparaître.
Bonjour à tous ! Qui aurait un poste sans port de charges ? Karim Haddad, chez nous depuis juin, a une hernie discale, il ne peut plus rien porter au-delà de 10 kilos. Dossier RQTH en cours chez Cap emploi. Merci pour lui ! # speaker: jardins
Deux pouces levés apparaissent sous le message. M. Nguyen répond : « Je regarde de mon côté. »
Vidal pense bien faire, hein. Mais là… # speaker: sam # mood: worried
+ [Répondre dans le fil que ce message n’a pas sa place ici]
  « Merci de retirer ce message : pas d’informations de santé dans ce canal. » Votre réponse fait remonter le fil ; trois membres de plus l’ouvrent. M. Vidal retire son message sans un mot. # score: numerique +1 Les vingt-deux membres voient la règle rappelée. # score: confiance -2 Mais M. Vidal est repris en public, et il se braque. # score: ethique -1 Et votre réponse fait remonter le message : d’autres le lisent.
+ [Supprimer le message vous-même, avec vos droits d’administration]
  Le message disparaît. Personne ne sait pourquoi. # score: ethique +1 Le message ne circule plus. # score: communication -2 Mais ni M. Vidal ni ceux qui l’ont lu ne savent pourquoi : l’erreur se répétera.
+ [Écrire à M. Vidal en privé, pour qu’il retire le message tout de suite]
  « M. Vidal, pouvez-vous retirer votre message maintenant ? Son dos et sa RQTH, c’est sa santé, et ce canal compte vingt-deux personnes. Je vous appelle cet après-midi. »
  Ah. Oui. Je le retire, et je ne mettrai plus rien de ce genre. # speaker: jardins # mood: sad # pledge: jardins 1 Retirer le message et ne plus parler de santé dans le canal # score: numerique +2 Demander au partenaire de retirer lui-même le message, en privé et tout de suite : la fuite s’arrête, et l’usage de l’outil est recadré sans humilier personne. # score: ethique +1 Une donnée de santé est une donnée sensible au sens du RGPD : la faire retirer vite limite l’atteinte. # score: communication +1 Vous dites les choses directement à celui qui est concerné. # score: confiance +1 M. Vidal n’est pas exposé devant ses pairs : la relation tient.
  Quelques minutes plus tard, le message a disparu. # pledge_kept: jardins
- Le temps qu’il disparaisse, une dizaine de membres l’ont lu.
Tu vas le dire à M. Haddad ? Il est sur le chantier, il n’a sûrement rien vu. Pas la peine de l’inquiéter. # speaker: sam
+ [L’appeler ce midi : lui dire ce qui s’est passé, et ce que vous avez fait]
  Vingt-deux personnes ? Mon dos, ça ne regarde personne. Merci de me l’avoir dit, au moins. # scene: phone # speaker: karim # mood: annoyed # score: ethique +2 La personne dont les données ont fuité est informée, avec ce qui a été fait (RGPD) : c’est son information, et sa confiance en vous en dépend. # score: communication +1 Dire ce qui s’est passé, même quand c’est désagréable, c’est la communication ouverte.
+ [Ne pas l’inquiéter : le message est retiré, et il ne l’a sans doute pas vu]
  Le lendemain, M. Haddad vous appelle. Un collègue du chantier lui a montré une capture d’écran. # scene: phone # score: ethique -2 Taire une fuite à la personne concernée la prive de ses droits (RGPD) : et elle l’apprend autrement, plus tard, et plus mal.
  Vous saviez, et vous ne m’avez rien dit ? # speaker: karim # mood: annoyed
+ [Demander à M. Vidal de le lui dire lui-même, puisque c’est son message]
  M. Vidal le lui dit le soir, au vestiaire, en trois phrases. M. Haddad vous appelle le lendemain matin. # scene: phone # score: communication +1 M. Vidal assume son erreur devant M. Haddad. # score: ethique -1 Mais c’est vous qui détenez ses informations et qui lui devez l’explication : ce qui a été diffusé, à qui, et ce qui est fait.
  Il m’a dit ça entre deux portes. Qui l’a lu, exactement ? # speaker: karim # mood: annoyed
- Je ne veux plus que quiconque parle de moi sans me demander. Rien, à personne. Même à Cap emploi, pour l’instant. # speaker: karim # mood: sad # withdraw: karim
Sam hausse les épaules. Le message n’est pas resté longtemps en ligne : pour lui, l’affaire est close. # scene: office
+ [Clore l’incident : le message n’est resté que quelques minutes en ligne]
  Vous passez à la suite. # score: ethique -2 Une fuite de données de santé se déclare au DPO, même courte : c’est lui qui juge des suites à donner, pas vous.
+ [Le déclarer aujourd’hui au DPO de la fédération, avec Nadia]
  Avec Nadia, vous remplissez la fiche d’incident : ce qui a été publié, combien de temps, combien de lecteurs, ce qui a été fait, et que M. Haddad est informé. Le délégué à la protection des données rappelle dans l’heure. # time: 1 # term: dpo # score: ethique +2 Une violation de données se signale au DPO sans attendre : il évalue la gravité et les suites, dans le délai légal (RGPD). # score: numerique +1 Consigner l’incident aide à corriger l’outil et ses règles. # score: communication +1 Nadia, la coordinatrice, est tenue au courant.
+ [En parler à Nadia, et la laisser décider de la suite]
  Nadia note, et vous remercie. Mais la semaine est chargée : la fiche d’incident reste dans sa pile. # score: communication +1 Nadia est informée. # score: ethique -1 Mais personne ne déclare rien au DPO, et le délai court : c’est à qui a constaté la fuite de la signaler.
- -> vidal

= vidal
Mercredi après-midi, M. Nguyen vous appelle pour un atelier. Avant de raccrocher, il ajoute une chose. # scene: phone
Vidal a encore frappé, hein ? # speaker: france_travail
+ [Écrire à M. Vidal un courriel ferme, Nadia en copie, avec l’article du RGPD]
  Le courriel part à 18 h. La réponse de M. Vidal tient en une ligne : « Bien reçu. » # score: ethique +1 Le cadre est posé par écrit. # score: confiance -2 Mais un courriel ferme, avec copie à la coordinatrice, sonne comme une sanction : M. Vidal se sent accusé plutôt qu’accompagné.
+ [Répondre à M. Nguyen que ce n’est pas la première maladresse de M. Vidal]
  M. Nguyen rit : lui aussi en aurait à raconter. Vous raccrochez complices. # trust: france_travail +5 # trust: jardins -10 # score: confiance -2 Dire du mal d’un partenaire à un autre abîme la confiance de tout le réseau : M. Vidal l’apprendra, et M. Nguyen se demandera ce que vous dites de lui.
+ [Proposer à M. Vidal un café demain, aux Jardins, pour en parler]
  Jeudi, aux Jardins. Vous lui dites que vous savez qu’il voulait aider M. Haddad, puis ce qui ne va pas : la santé, c’est à la personne de décider qui la connaît. # scene: territory # time: 1 # trust: jardins +5
  Je voulais lui trouver un poste… La prochaine fois, je lui demande d’abord, et je passe par Cap emploi. # speaker: jardins # score: confiance +2 Reconnaître l’intention du partenaire, puis dire le cadre en face à face : la relation survit à l’erreur, et l’erreur ne se reproduit pas.
- Reste le canal général, et ses règles : il n’en a jamais eu. # scene: office
+ [Proposer à la réunion mensuelle trois règles pour le canal, sans nommer personne]
  Jeudi prochain, en réunion mensuelle, les partenaires adoptent trois règles : aucun nom, aucune information de santé ni de situation personnelle ; les situations individuelles passent par la messagerie sécurisée, à ceux qui suivent la personne ; un modérateur par mois. # score: numerique +2 Corriger les règles de l’outil après un incident, et collectivement : le canal sert à la coordination, la messagerie sécurisée aux personnes. # score: communication +1 Les règles sont discutées ouvertement, avec tous. # score: confiance +1 Personne n’est montré du doigt : chacun peut adhérer aux règles.
+ [Demander la fermeture du canal général : c’est trop risqué, retour aux courriels]
  Nadia transmet la demande. Le canal ferme à la fin du mois. # score: ethique +1 Plus de canal, plus de fuite dans ce canal. # score: numerique -2 Mais le réseau perd son outil de coordination, et les courriels fuient aussi : c’est l’usage qu’il faut régler, pas l’outil qu’il faut supprimer. # score: communication -1 Les partenaires perdent leur lieu d’échange rapide.
+ [Épingler vous-même un rappel des règles dans le canal, dès ce soir]
  Le rappel est épinglé en haut du fil. Deux pouces levés. # score: numerique +1 Le rappel est visible de tous. # score: communication -1 Mais une règle posée seule, sans discussion, n’est portée par personne.
- -> cap_emploi

= cap_emploi
Vendredi matin, Mme Royer, de Cap emploi, vous appelle. # scene: phone
M. Vidal m’a appelée pour adapter le poste de M. Haddad. Vous pouvez m’envoyer son dossier aujourd’hui ? L’ergonome passe mardi. # speaker: cap_emploi
+ [Lui envoyer le dossier : Cap emploi suit déjà sa RQTH, et l’ergonome passe mardi]
  Le dossier part à 9 h 30. Mme Royer vous remercie. # share: karim cap_emploi # solve: karim sante # score: reseau +1 Cap emploi est bien le partenaire de l’adaptation du poste.
+ [Lui dire que vous rappelez d’abord M. Haddad, et que vous lui répondez lundi]
  À midi, vous appelez M. Haddad. Vous lui expliquez ce que Mme Royer demande, pour quoi faire, et ce que vous lui transmettriez : son poste, ses restrictions, rien d’autre. # time: 1
  Cap emploi, oui, pour le poste. Mais seulement eux, et seulement ça. # speaker: karim # consent: karim # agree: karim cap_emploi
  Lundi matin, Mme Royer reçoit ce qu’il faut pour l’étude de poste. L’ergonome viendra la semaine suivante. # refer: karim cap_emploi # solve: karim sante # score: ethique +1 Après un retrait de l’accord, rien ne circule sans un nouvel accord, précis : à qui, quoi, pourquoi. # score: confiance -1 Mme Royer doit décaler l’ergonome d’une semaine : respecter la personne a un coût pour le partenaire.
- -> reemploi

= reemploi
Vendredi après-midi, Mme Leroy vous écrit dans le canal de Mme Dumas. # scene: channel
Votre canal marche très bien. J’ai trois autres stagiaires en PFMP au Bistrot : et si on les ajoutait ici, avec leurs documents ? # speaker: cfp_cuisine # mood: happy
+ [Garder ce canal pour Mme Dumas, et lui proposer le même modèle pour chacun]
  Vous lui envoyez le modèle : la description en trois lignes, les droits par document, la date de fermeture. Elle ouvre trois canaux lundi. # score: numerique +2 Un canal par projet, avec ses règles et sa date de fermeture : le modèle se réutilise, pas les données. # score: ethique +1 Les autres stagiaires n’ont rien à voir avec la PFMP de Mme Dumas, ni elle avec eux. # score: confiance +1 Vous partagez ce qui a marché : la réciprocité nourrit le partenariat.
+ [Accepter : un seul canal pour tous les stagiaires du Bistrot, c’est plus simple]
  Trois nouveaux membres arrivent, avec leurs conventions. # score: numerique +1 Un seul espace pour le Bistrot, c’est simple à suivre. # score: ethique -2 Mais chaque stagiaire verrait les horaires et les documents des autres : un canal réunit ceux qui participent à un projet, pas tout un établissement.
+ [Décliner : un canal par stagiaire, ce serait trop à suivre pour vous]
  Mme Leroy n’insiste pas. Elle reviendra aux courriels. # score: ethique +1 Pas de mélange des données. # score: numerique -1 Mais vous renoncez à un outil qui a fait ses preuves, alors que son modèle est prêt.
- -> fin

=== fin ===
Vendredi soir. Vous relisez la description du canal de Mme Dumas : il fermera un mois après sa PFMP. # scene: office
{has_consent("karim"):
  M. Haddad vous a redonné son accord, pour Cap emploi et pour son poste seulement. Le reste, c’est lui qui en décidera.
- else:
  M. Haddad n’a pas redonné son accord. Pour l’instant, rien ne sortira plus de votre bureau à son sujet.
}
Un canal commun sert le projet d’une personne, avec ceux qui y travaillent, et pour un temps. Ce qui la touche de plus près passe d’abord par elle. # week
Le module s’achève ici. # end
-> END
