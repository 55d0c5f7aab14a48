INCLUDE ../lib/engine.ink

// La réunion mensuelle : préparer, communiquer, se servir du canal commun, gérer un conflit.
// Les booléens sont remis à false dès qu'ils ne servent plus, pour garder l'espace d'états modeste.
VAR karim_heard = false
VAR pack_full = false
VAR on_agenda = false
VAR side_deal = false
VAR realistic = false
VAR mediation_offered = false
VAR escalated = false

-> preparation

=== preparation ===
Lundi, 9 heures, à Relais Insertion. Sur votre bureau, le classeur des partenaires et une tasse de café déjà tiède. # scene: office
Jeudi, c’est la réunion mensuelle avec nos partenaires : le CCAS, les Jardins de Valmoran, France Travail, Tremplin Stages, les Toques de Valmoran et la mission locale. Cette fois, c’est vous qui l’animez. # speaker: nadia
On y parle des cas difficiles et on coordonne nos actions, pour que personne n’apprenne les choses par hasard. Préparez les nouvelles à partager, sans en dire trop sur les personnes. # speaker: nadia
Vous ouvrez un document vierge : « Ordre du jour ». Deux sujets s’imposent.
La bonne nouvelle du mois : Mme Dumas a commencé son CAP cuisine. À son inscription, elle a accepté que vous donniez des nouvelles de son parcours aux partenaires qui la suivent. # consent: dumas
Le cas difficile : M. Karim Haddad, 52 ans, ancien cariste, sans emploi depuis trois ans. Il vit dans un hameau à douze kilomètres, sans voiture. Le CCAS l’accompagne pour des dettes ; les Jardins de Valmoran pourraient l’embaucher. Personne ne se coordonne.
Sam passe la tête par la porte, son manteau sur le bras.
Mets son dossier complet dans le dossier de séance : le divorce, les dettes, tout. Ils sont tous tenus au secret, et on gagnera une demi-heure jeudi. # speaker: sam
+ [Joindre le dossier complet, comme le propose Sam]
  Vous joignez tout le dossier au courriel envoyé aux partenaires. C’est complet, et c’est fait. # share: karim ccas # share: karim jardins # score: ethique -1 L’histoire familiale et les dettes de M. Haddad sont parties chez tous les partenaires : on ne partage que ce dont chacun a besoin, et avec l’accord de la personne.
  Sam lève le pouce. Vous passez à la suite de la liste : une tâche de moins.
  ~ pack_full = true
  -> ordre_du_jour
+ [Appeler d’abord M. Haddad, pour savoir ce qu’il accepte que l’on dise]
  -> appel_karim

=== appel_karim ===
Vous appelez M. Haddad et lui expliquez à quoi sert la réunion de jeudi : qui sera autour de la table, et pourquoi vous aimeriez y parler de lui. # scene: phone # time: 1
Parler de moi, d’accord, si ça m’aide à retravailler. Mais mon divorce et mes dettes, ça ne regarde personne. Le CCAS suit déjà mon dossier de surendettement, ça suffit. # speaker: karim # mood: worried # need: karim social
Moi, ce que je veux, c’est travailler. Trois ans que je tourne en rond. Seulement, je n’ai plus de voiture, et le premier car part à 8 h 40. # speaker: karim # need: karim emploi # need: karim mobilite
Vous convenez ensemble : devant le groupe, sa situation sera présentée sans son nom ; seuls le CCAS et les Jardins sauront qu’il s’agit de lui. # consent: karim # score: ethique +2 Vous avez dit à M. Haddad ce qui serait partagé, avec qui et pourquoi, et obtenu son accord : la confidentialité se décide avec la personne.
Vous notez ses mots tels quels. Ils pourront servir.
~ karim_heard = true
-> ordre_du_jour

=== ordre_du_jour ===
Mardi, M. Vidal, l’encadrant des Jardins de Valmoran, vous appelle. On entend un tracteur derrière lui. # scene: phone
J’ai quatre postes en insertion vides depuis deux mois. Le CCAS garde ses gens « tant que leur situation n’est pas stabilisée ». Si je ne les remplis pas, la DDETS me les retire à la fin de l’année. # speaker: jardins # mood: annoyed
Vous, vous me comprenez. Envoyez-moi directement vos chômeurs de longue durée, sans passer par le CCAS, et on n’en parle plus. # speaker: jardins
+ [Accepter : le travail n’attend pas, et il a raison sur le fond]
  Vous lui promettez vos prochains candidats. Il raccroche, ravi. # bond: ccas jardins -10 # score: conflits -2 Régler un désaccord en coulisse avec un seul partenaire, c’est prendre parti sans entendre l’autre : le conflit revient, aggravé.
  ~ side_deal = true
+ [Le rassurer, et laisser ce sujet hors de la réunion pour qu’elle reste sereine]
  Vous lui dites que les choses vont s’arranger. Jeudi, vous parlerez plutôt des réussites. # bond: ccas jardins -5 # score: conflits -2 Éviter le sujet pour garder la paix laisse le désaccord grandir : un conflit se traite tôt, et ouvertement.
+ [Inscrire la question à l’ordre du jour de jeudi, et prévenir Mme Caron]
  Vous lui proposez d’en débattre jeudi avec le CCAS, puis vous appelez Mme Caron pour qu’elle ne soit pas prise de court. Elle vous remercie de l’avoir prévenue. # score: conflits +2 Porter le désaccord dans une discussion ouverte avant qu’il ne s’envenime, en prévenant les deux parties : c’est le premier outil de gestion des conflits.
  ~ on_agenda = true
- -> canal

=== canal ===
Mercredi. Le canal partagé « réseau-valmoran » réunit une vingtaine de professionnels des structures partenaires. On y annonce des dates, des places disponibles, on y dit qui fait quoi. # scene: channel # time: 1
Vous y postez l’heure et la salle de la réunion de jeudi. M. Nguyen signale deux places libres dans une information collective sur les métiers des espaces verts. Puis un message arrive.
Bonjour à tous. Quelqu’un a des nouvelles de Mme Dumas ? Elle ne répond plus à mes appels depuis quinze jours. # speaker: mission_locale
+ [Lui répondre de vive voix, hors du canal]
  Vous écrivez seulement : « Je vous appelle dans l’heure. » Au téléphone, vous lui apprenez que Mme Dumas a commencé son CAP et changé de numéro. # score: numerique +2 Une situation individuelle ne se traite pas devant vingt personnes : vous avez choisi le bon destinataire et la bonne voie, et gardé le canal pour la coordination. # score: ethique +1 Seule la conseillère qui suit Mme Dumas a reçu de ses nouvelles : on partage avec qui en a besoin.
+ [Répondre dans le fil, en détail, pour que tout le monde soit à jour]
  Vous écrivez un long message : le CAP, son fils, l’assistante maternelle, son nouveau numéro. Vingt personnes le lisent. # score: numerique -2 Un canal de vingt membres sert à coordonner, pas à raconter la situation d’une personne : chaque message doit viser le bon public. # score: ethique -1 La vie familiale de Mme Dumas a été lue par des partenaires qui ne la suivent pas : on partage seulement avec qui en a besoin.
- Un peu plus tard, M. Vidal poste dans le fil général.
Encore quatre postes vides aux Jardins. Si certains partenaires orientaient les gens au lieu de les garder sous cloche, on n’en serait pas là. # speaker: jardins # mood: annoyed
Mme Caron a forcément lu. Le canal se tait.
+ [Défendre le CCAS publiquement, argument par argument]
  Vous répondez longuement. M. Vidal réplique. Le fil s’allonge sous les yeux de vingt collègues. # bond: ccas jardins -5 # score: conflits -2 Débattre d’un désaccord en public, en prenant parti, durcit les positions : un conflit se règle en discussion, pas dans un fil de messages.
+ [Répondre sobrement que le sujet sera traité jeudi, et écrire en privé à M. Vidal]
  « Question importante : on la traite jeudi, en réunion, avec le CCAS. » Puis, en privé, vous dites à M. Vidal que vous l’avez entendu. # score: numerique +2 Le canal sert à la coordination ; un désaccord se porte en réunion. Vous avez recadré l’usage de l’outil sans humilier personne.
  ~ on_agenda = true
+ [Laisser passer : répondre, ce serait jeter de l’huile sur le feu]
  Personne ne répond. Le message reste là, en haut du fil. # score: conflits -1 Laisser une attaque publique sans réponse, c’est éviter le sujet : le désaccord reste entier, et le CCAS se sent seul.
- M. Vidal vous écrit ensuite en message direct.
Votre canal, c’est lourd. Créons un groupe sur nos portables, avec ceux qui bossent vraiment. Ce sera plus rapide pour parler des gens. Je vous y ajoute ? # speaker: jardins
+ [Refuser poliment : le canal pour la coordination, la messagerie sécurisée pour les personnes]
  Vous déclinez. Il grogne, puis reconnaît qu’il n’a pas envie de recevoir des dossiers le dimanche. # score: numerique +2 Le canal commun coordonne, la messagerie sécurisée de l’association transmet ce qui concerne les personnes : chaque information passe par la bonne voie.
+ [Accepter : c’est plus rapide, et tout le monde a déjà l’application]
  Vous voilà dans un groupe de six personnes, sur votre téléphone personnel. Les premières photos de documents arrivent le soir même. # score: numerique -2 Une messagerie personnelle échappe aux règles de l’association : des partenaires en sont exclus, et les données des personnes y circulent sans aucun cadre.
- Mme Leroy, des Toques de Valmoran, poste une affiche : portes ouvertes du CAP cuisine mardi prochain, avec des places en février. Elle demande aux partenaires de relayer et de passer.
+ [Mettre un pouce levé : vous verrez la semaine prochaine]
  Un pouce de plus sous l’affiche. # score: confiance -1 Ne se manifester que lorsqu’on a besoin d’une place affaiblit le lien : la confiance se construit aussi en soutenant les actions du partenaire.
+ [Relayer l’affiche à vos bénéficiaires et annoncer votre venue]
  Vous la transmettez à vos bénéficiaires et répondez : « Je passerai mardi matin. » # score: confiance +2 Relayer l’action d’un partenaire et s’y rendre, c’est la réciprocité : un contact régulier, pas seulement quand on a besoin de lui.
- -> reunion

=== reunion ===
Jeudi, 9 h 30. Six partenaires autour de la table, des viennoiseries, Nadia à côté de vous. Vous distribuez l’ordre du jour. # scene: meeting # time: 1
{pack_full:
  Avant le tour de table, Mme Caron vous prend à part.
  J’ai reçu le dossier complet de M. Haddad, avec son divorce. Il était d’accord ? Nous, nous ne faisons jamais circuler cela. # speaker: ccas # mood: annoyed # trust: ccas -5
}
{side_deal:
  M. Vidal annonce, satisfait, que Relais Insertion lui enverra désormais ses candidats en direct.
  Sans passer par nous ? Personne ne m’en a parlé. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -5
}
~ pack_full = false
~ side_deal = false
M. Nguyen, de France Travail, ouvre le tour de table.
Le mois dernier, je vous ai adressé deux demandeurs d’emploi pour votre atelier CV. Depuis, plus de nouvelles. Ils sont venus ? # speaker: france_travail
+ [Donner les faits : l’un est venu, l’autre jamais, et vous auriez dû le prévenir]
  « L’un suit l’atelier et a décroché deux entretiens. L’autre n’est jamais venu, et j’aurais dû vous le signaler. Désormais, je vous fais un retour sous huit jours après chaque orientation. » # score: communication +2 Dire ce qu’est devenue une orientation, même quand ce n’est pas brillant, et proposer un retour régulier : c’est la communication ouverte.
+ [Dire qu’ils avancent bien, et promettre un point plus tard]
  « Ils avancent, je vous fais un point bientôt. » M. Nguyen note, sans conviction. # score: communication -2 Une réponse vague après une orientation laisse le partenaire dans le flou : il faut dire ce qui s’est passé, y compris ce qui n’a pas marché.
- Mme Lambert, M. Roux et Mme Leroy, qui accompagnent Mme Dumas avec vous, attendent de ses nouvelles.
+ [Raconter toute son histoire : elle montre ce que le réseau peut faire]
  Vous racontez la seconde abandonnée pour élever ses frères et sœurs, le restaurant de sa mère, le petit. L’émotion est réelle. Mais Mme Caron et M. Vidal, qui ne la suivent pas, savent maintenant tout de sa famille. # score: ethique -2 Le CCAS et les Jardins ne suivent pas Mme Dumas : son histoire familiale ne les regardait pas. On parle du parcours, pas de la vie privée.
+ [Dire simplement que tout va bien pour elle]
  « Tout se passe bien. » On passe au point suivant. Personne n’apprend que ses horaires posent problème. # score: communication -1 Un « tout va bien » ne permet pas aux partenaires d’ajuster leur action : la communication ouverte porte aussi sur ce qui coince.
+ [Faire le point sur son parcours : ce qui a marché, et ce qui coince]
  « Elle a commencé le CAP en septembre. Grâce à Tremplin, un stage l’attend en mars au Bistrot du Marché. Un point à régler : le stage finit à 19 h, la garde de son fils à 18 h 30. » M. Roux propose d’en parler au chef. # score: communication +2 Dire aux partenaires ce qu’a donné leur action, et ce qui reste à régler, leur permet de s’ajuster : c’est la communication ouverte. # score: ethique +1 Vous avez parlé du parcours, rien de la vie privée : seulement ce qui est utile aux partenaires.
- M. Nguyen reprend la parole.
J’ai trois personnes qui auraient besoin de votre atelier CV la semaine prochaine. Vous pouvez les prendre ? # speaker: france_travail
Vous savez qu’il ne vous reste qu’une place. Mais M. Nguyen vous a souvent rendu service, et tout le monde vous regarde.
+ [Dire oui aux trois : vous vous arrangerez]
  « Pas de problème, envoyez-les-moi. » Il sourit, soulagé. # commit: france_travail 1 Accueillir ses demandeurs d’emploi à l’atelier CV la semaine prochaine # score: communication -2 Promettre plus que ce qu’on peut tenir, pour faire plaisir, prépare une déception : il faut dire clairement ce que l’on peut faire et ce que l’on ne peut pas.
+ [Dire clairement : une place, pas trois, et une date pour les deux autres]
  « J’ai une place la semaine prochaine, pas trois. Les deux autres pourront venir à la session suivante. » Il hoche la tête : c’est clair. # commit: france_travail 1 Accueillir ses demandeurs d’emploi à l’atelier CV la semaine prochaine # score: communication +2 Dire simplement ce que l’on peut faire et ce que l’on ne peut pas évite les déceptions : c’est une communication ouverte.
  ~ realistic = true
- -> conflit

= conflit
{on_agenda:
  Point suivant de l’ordre du jour : les priorités pour les chômeurs de longue durée.
- else:
  Aux questions diverses, M. Vidal lève la main. Le sujet n’était pas prévu.
}
~ on_agenda = false
Quatre postes vides aux Jardins depuis deux mois, et pas une orientation du CCAS. C’est le travail qui remet les gens debout ! # speaker: jardins # mood: annoyed
Et qui les fait rechuter, quand on les met au travail avec une expulsion en cours. Je ne vous enverrai personne vers un échec de plus. # speaker: ccas # mood: annoyed
Le ton monte. M. Roux regarde ses chaussures. Vous connaissez bien M. Vidal : il vous a souvent dépanné, et au fond, vous pensez comme lui.
+ [Couper court : on est en retard, on en reparlera]
  Vous passez au point suivant. Les deux évitent de se regarder jusqu’à la fin. # bond: ccas jardins -5 # score: conflits -2 Couper court pour garder la paix laisse chacun sur sa position : un désaccord se traite en discussion ouverte.
+ [Appuyer M. Vidal : le travail d’abord, cela a fait ses preuves]
  « Je rejoins M. Vidal : le travail d’abord. » Mme Caron se tait et range ses notes. # trust: ccas -10 # bond: ccas jardins -10 # score: conflits -2 Prendre parti pour le partenaire dont on se sent proche, sans entendre l’autre, durcit le conflit au lieu de le régler.
+ [Donner la parole à chacun, tour à tour, sans l’interrompre]
  Chacun parle cinq minutes. Vous notez au tableau ce qui les oppose, et ce qu’ils partagent : que les personnes tiennent dans la durée. # bond: ccas jardins +5 # score: conflits +2 Entendre les deux parties dans une discussion ouverte, et repérer l’objectif commun, c’est la base de la gestion des conflits.
- Midi approche. Les positions n’ont pas bougé. Il faut décider de la suite.
+ [Proposer une séance de médiation la semaine prochaine, que vous animerez]
  Les deux acceptent, sans enthousiasme, mais ils acceptent. Mercredi prochain, 14 heures. # bond: ccas jardins +5 # score: conflits +2 Quand les positions sont figées, une médiation par un tiers permet d’aboutir à une décision collective qui respecte les objectifs de chacun.
  ~ mediation_offered = true
+ [Saisir la DDETS, qui finance les postes : à elle de trancher]
  Vous annoncez que vous écrirez à la DDETS. Les deux partenaires se raidissent. # bond: ccas jardins -10 # trust: ccas -5 # trust: jardins -5 # score: conflits -2 Faire trancher tout de suite par le financeur, c’est renoncer à la discussion entre partenaires : l’escalade vient après l’échange et la médiation, pas avant.
  ~ escalated = true
+ [Trancher vous-même : vos candidats iront d’abord aux Jardins, le CCAS suivra en parallèle]
  Vous annoncez la règle. M. Vidal approuve. Mme Caron, elle, ne dit plus un mot. # bond: ccas jardins -10 # trust: ccas -10 # score: conflits -2 Décider seul pour tout le réseau, même vite, impose une règle que personne n’a construite : elle ne tiendra pas.
- La réunion se termine. Vous rentrez au bureau, la tête pleine. # scene: office # week
-> semaine2

=== semaine2 ===
Lundi, une semaine plus tard. Vos entretiens de suivi occupent déjà deux demi-journées, et la médiation de mercredi vous trotte dans la tête. # time: 2
Mme Caron vous écrit : jeudi, le CCAS présente son nouvel atelier budget aux structures du territoire. Elle aimerait que Relais Insertion soit là.
+ [Y aller : une demi-journée, mais c’est le CCAS qui vous le demande]
  Vous confirmez votre venue. Mme Caron vous remercie d’un message chaleureux. # trust: ccas +5 # score: confiance +2 Répondre présent quand un partenaire vous sollicite, c’est la réciprocité qui fonde la confiance, surtout en pleine période de tension.
+ [Décliner : la semaine est pleine, et vous connaissez déjà l’atelier]
  Vous déclinez poliment. La réponse de Mme Caron tient en trois mots. # trust: ccas -5 # score: confiance -2 Décliner l’invitation d’un partenaire parce que la semaine est pleine, c’est ne venir que quand on a besoin de lui : la réciprocité fait la confiance.
- -> mediation

=== mediation ===
Mercredi, 14 heures. Mme Caron et M. Vidal, face à face. Nadia se tient en retrait. # scene: meeting # time: 1
{mediation_offered:
  Vous aviez proposé cette séance : les deux structures sont venues.
- else:
  {escalated:
    La DDETS a répondu : « Réglez d’abord cela entre partenaires. » Nadia a donc organisé cette séance.
  - else:
    Votre règle n’a pas tenu deux jours. Nadia a organisé cette séance, et vous demande de l’animer.
  }
}
~ mediation_offered = false
~ escalated = false
Vous posez les règles : chacun parle sans être interrompu, on part de la situation des personnes, on repart avec une décision commune.
Nous avons vu des gens entrer sur un chantier avec une expulsion en cours. Ils tiennent trois semaines, puis ils lâchent. C’est un échec de plus pour eux. Je veux qu’on stabilise d’abord. # speaker: ccas
Et pendant qu’on stabilise, six mois passent. Les gens perdent le rythme, l’envie. Le chantier, c’est un salaire, un collectif, et une accompagnatrice sociale à mi-temps. Mes postes sont financés : vides, je les perds. # speaker: jardins
+ [Reformuler les deux positions, et ce que chacun craint]
  « Mme Caron, vous craignez qu’une entrée trop tôt finisse en échec. M. Vidal, vous craignez que l’attente fasse perdre pied aux gens, et vos postes avec. Vous voulez tous deux que ces personnes tiennent dans la durée. » # bond: ccas jardins +10 # trust: ccas +5 # trust: jardins +5 # score: conflits +2 Reformuler chaque position et l’inquiétude qui la fonde montre aux deux parties qu’elles sont entendues, et fait apparaître leur objectif commun.
+ [Résumer en allant au but : les postes doivent être pourvus, il faut avancer]
  « Si je résume : les postes doivent être pourvus. Comment fait-on ? » Mme Caron croise les bras. # bond: ccas jardins -10 # trust: ccas -5 # score: conflits -2 Un résumé qui reprend les termes d’un seul partenaire est une prise de parti : le médiateur reformule les deux positions, à égalité.
- Je ne suis pas contre le travail. Je suis contre l’échec. # speaker: ccas
Et moi, je ne suis pas contre le social. Mon accompagnatrice en fait tous les jours. # speaker: jardins
Mais si l’on attend que tout soit réglé, personne n’entrera jamais. Les dettes, ça se règle sur des années. # speaker: jardins
Alors coupons la poire en deux : une personne sur deux vient chez moi tout de suite, l’autre passe d’abord par le CCAS. # speaker: jardins
+ [Accepter le partage : c’est équitable, et la séance avance]
  Mme Caron hausse les épaules : pourquoi pas. Personne ne demande qui ira où, ni pourquoi. # bond: ccas jardins -5 # score: conflits -2 Un partage au quota règle le différend entre structures, mais pas la situation des personnes : l’intérêt des bénéficiaires doit rester au centre.
+ [Ramener la discussion aux personnes : partir de ce que chacune veut et peut]
  {karim_heard:
    « M. Haddad m’a dit qu’il voulait travailler, et que le premier car passe trop tard. Ses dettes, le CCAS les suit déjà. » M. Vidal sourit : le minibus du chantier passe par son hameau à 7 h 30. # bond: ccas jardins +10 # score: conflits +2 Ramener la discussion à ce que veulent et peuvent les personnes remet leur intérêt au centre : c’est ce qui permet aux partenaires de se retrouver.
  - else:
    « Je m’aperçois que je n’ai jamais demandé à M. Haddad ce qu’il voulait. Commençons par là. » Mme Caron approuve. # bond: ccas jardins +10 # score: conflits +2 Ramener la discussion à ce que veulent et peuvent les personnes remet leur intérêt au centre : c’est ce qui permet aux partenaires de se retrouver.
  }
- ~ karim_heard = false
Un dossier de surendettement, ça se suit très bien pendant qu’on travaille. C’est même plus facile avec un salaire. # speaker: ccas
Et mon accompagnatrice peut venir aux rendez-vous du CCAS, si ça aide. # speaker: jardins
Pour M. Haddad, décidons tout de suite : il commence lundi, et le CCAS continue le suivi de ses dettes à côté. # speaker: jardins
Ça me va, si le suivi est garanti. # speaker: ccas
Tout le monde semble d’accord. La solution est bonne, et la séance pourrait s’arrêter là.
+ [Proposer que rien ne soit arrêté sans lui : un rendez-vous à trois, avec lui, cette semaine]
  Les deux acceptent. Le rendez-vous est fixé à vendredi, au CCAS, avec M. Haddad. # score: ethique +2 Un parcours se décide avec la personne, pas pour elle, même quand la solution semble bonne : M. Haddad aura son mot à dire.
+ [Valider tout de suite : c’est une bonne solution, il sera content]
  Vous notez : « M. Haddad, entrée lundi. » Reste à le lui annoncer. # score: ethique -2 Décider à la place de la personne, même pour son bien, la prive de son choix : on décide avec elle, pas pour elle.
- Reste à faire de cet accord une règle commune, pour tous les chômeurs de longue durée que vous orientez.
+ [Rédiger vous-même le protocole ce soir, et l’envoyer : vous avez tout en tête]
  Vous l’envoyez à 22 heures, bien écrit. Le lendemain, aucun des deux n’a répondu. # bond: ccas jardins -5 # score: conflits -2 Un protocole rédigé seul, même juste, reste le vôtre : une décision collective se construit avec chaque partenaire, pour qu’il la porte.
+ [Le construire ensemble, ici : qui fait quoi, et à quelle étape]
  Vous écrivez au tableau, sous leur dictée : un diagnostic commun sous quinze jours, avec la personne ; l’entrée au chantier dès que le logement n’est pas menacé ; le suivi budgétaire reste au CCAS ; un point à chaque réunion mensuelle. # bond: ccas jardins +10 # trust: ccas +5 # trust: jardins +5 # score: conflits +2 Répartir les responsabilités par une décision prise ensemble respecte les objectifs de chacun : c’est l’issue que le cours attend d’une médiation.
- -> canal2

=== canal2 ===
Jeudi. France Travail, la mission locale et Tremplin orientent eux aussi des chômeurs de longue durée. Il faut informer le réseau de ce qui a été décidé. # scene: channel
+ [Publier dans le canal la liste des quatre personnes concernées et de leur situation]
  Vous postez la liste, noms et situations compris, « pour que chacun sache où elles en sont ». Vingt personnes la lisent. # share: karim france_travail # score: numerique -2 Des noms et des situations personnelles n’ont rien à faire dans un canal de vingt membres : les documents nominatifs passent par une voie sécurisée. # score: ethique -2 La situation de quatre personnes a été exposée à des partenaires qui ne les suivent pas : on ne partage que l’utile, avec qui en a besoin.
+ [Ne prévenir que le CCAS et les Jardins : les autres n’ont pas besoin de savoir]
  Vous écrivez aux deux structures. Le mois suivant, France Travail oriente encore vers le chantier sans diagnostic commun. # score: communication -2 Une règle qui concerne tout le réseau, connue de deux partenaires seulement, crée des malentendus : chacun doit être informé.
+ [Publier le protocole sans aucun nom, et envoyer la liste par la messagerie sécurisée aux deux structures]
  Le protocole est épinglé dans le canal. M. Nguyen répond : « Clair. On l’applique dès lundi. » # score: numerique +2 Le canal pour ce qui concerne tout le monde, la messagerie sécurisée pour les noms : le bon outil et le bon public pour chaque message. # score: communication +2 Informer tout le réseau d’une décision qui le concerne évite les surprises : c’est une communication ouverte et régulière. # score: ethique +1 Aucun nom dans le canal : les informations personnelles vont seulement à ceux qui suivent les personnes.
- -> atelier

=== atelier ===
~ temp promised_one = realistic
~ realistic = false
{promised_one:
  -> promesse
- else:
  -> trop_promis
}

= promesse
Vendredi matin. Le demandeur d’emploi de M. Nguyen doit venir cet après-midi à l’atelier CV. Sam regarde votre agenda par-dessus votre épaule.
Tu as encore le compte rendu de la médiation à écrire. Décale-le au mois prochain, Nguyen comprendra. # speaker: sam
+ [Le décaler : le compte rendu passe avant]
  Vous écrivez à M. Nguyen pour reporter. Il répond d’un seul mot : « Noté. »
+ [Le recevoir comme promis]
  L’après-midi, il est là, à l’heure. En fin de journée, vous envoyez un mot à M. Nguyen : il est venu, il a un CV. # keep: france_travail # time: 1
- -> fin

= trop_promis
Vendredi matin, trois personnes envoyées par M. Nguyen se présentent pour une seule place. Vous en gardez une et renvoyez les deux autres chez elles.
On m’avait dit trois places. J’ai deux personnes qui ont fait le déplacement pour rien. # speaker: france_travail # mood: annoyed
+ [Dire qu’il y a eu un malentendu sur le nombre de places]
  « Il a dû y avoir un malentendu. » Un silence au bout du fil. M. Nguyen se souvient très bien de la réunion. # score: confiance -1 Se défausser d’un engagement non tenu abîme la confiance une seconde fois : on reconnaît son erreur et on la répare.
+ [Reconnaître votre erreur, et proposer une date ferme aux deux autres]
  « J’ai promis trop vite, c’est ma faute. Les deux autres sont inscrits à la session du 14, c’est confirmé. » M. Nguyen soupire, puis note la date. # score: confiance +1 Reconnaître une promesse non tenue et proposer une date que l’on peut tenir commence à réparer la confiance.
- -> fin

=== fin ===
Vendredi soir. La semaine se termine. Vous rangez le classeur des partenaires. # scene: office # week
{
- bond("ccas", "jardins") >= 75 && trust("ccas") >= 60 && trust("jardins") >= 60:
  -> protocole
- bond("ccas", "jardins") >= 50:
  -> treve
- else:
  -> rupture
}

= protocole
Trois semaines plus tard, le premier diagnostic commun a lieu au CCAS, avec la personne concernée, son conseiller du CCAS et l’accompagnatrice des Jardins. Deux postes du chantier sont pourvus, et le suivi budgétaire continue en parallèle.
Je n’aurais pas cru dire ça, mais on travaille bien avec les Jardins. On garde ce fonctionnement, et on en fera le bilan en réunion mensuelle. # speaker: ccas # mood: happy
Maintenant, le CCAS me prévient avant que quelqu’un arrive. Ça change tout. # speaker: jardins # mood: happy
Vos partenaires se parlent, et ils vous font confiance pour animer le réseau. # end
-> END

= treve
Le mois suivant, le protocole existe sur le papier. Les Jardins et le CCAS l’appliquent, mais chacun surveille l’autre, et deux postes restent vides.
On avance. Pas très vite. Et je ne suis pas sûr que tout le monde joue le jeu. # speaker: jardins # mood: neutral
Une trêve fragile : elle tiendra si la prochaine réunion mensuelle en fait le bilan, ouvertement, avec chacun autour de la table. # end
-> END

= rupture
Le mois suivant, M. Vidal écrit directement à la DDETS. Le CCAS n’oriente plus personne vers les Jardins, et les chômeurs de longue durée attendent, entre les deux.
Je préfère que les choses passent désormais par Nadia. # speaker: ccas # mood: sad
Le conflit n’a pas été réglé : il s’est installé. La prochaine réunion mensuelle devra repartir de là, en écoutant d’abord les deux parties. # end
-> END
