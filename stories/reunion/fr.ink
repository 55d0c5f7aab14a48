INCLUDE ../lib/engine.ink

// La réunion mensuelle : préparer, communiquer, se servir du canal commun, demander et préparer une médiation menée par un tiers neutre.
// Les booléens sont remis à false dès qu’ils ne servent plus, pour garder l’espace d’états modeste.
VAR karim_heard = false
VAR pack_full = false
VAR on_agenda = false
VAR side_deal = false
VAR realistic = false
VAR asked_nadia = false
VAR self_led = false
VAR escalated = false
VAR three_way = false

-> preparation

=== preparation ===
Lundi, 9 heures, à Relais Insertion. Sur votre bureau, le classeur des partenaires et une tasse de café déjà tiède. # scene: office
Jeudi, c’est la réunion mensuelle avec nos partenaires : le CCAS, les Jardins de Valmoran, France Travail, Tremplin Stages, les Toques de Valmoran et la mission locale. Cette fois, c’est toi qui l’animes. # speaker: nadia
On y parle des cas difficiles et on coordonne nos actions, pour que personne n’apprenne les choses par hasard. Prépare les nouvelles à partager, sans en dire trop sur les personnes. # speaker: nadia
Vous ouvrez un document vierge : « Ordre du jour ». Deux sujets s’imposent.
La bonne nouvelle du mois : Mme Dumas a commencé son CAP cuisine en octobre. À son inscription, elle a accepté que vous donniez des nouvelles de son parcours aux partenaires qui l’accompagnent : la mission locale, les Toques et Tremplin. # consent: dumas
Le cas difficile : M. Karim Haddad, 52 ans, cariste pendant vingt ans, sans emploi depuis trois ans et au RSA. Il vit dans un hameau à douze kilomètres, sans voiture. Le CCAS l’accompagne ; les Jardins de Valmoran pourraient l’embaucher. Son dossier mentionne un divorce, des dettes et des douleurs au dos. Personne ne se coordonne.
Sam passe la tête par la porte, son manteau sur le bras.
Mets son dossier complet dans le dossier de séance : le divorce, les dettes, tout. Ils sont tous tenus au secret professionnel partagé, et on gagnera une demi-heure jeudi. # speaker: sam # term: secret_partage
+ [Joindre le dossier complet, comme le propose Sam]
  Vous joignez tout le dossier au courriel envoyé au CCAS et aux Jardins. Ils arriveront jeudi en sachant tout. # share: karim ccas # share: karim jardins # score: communication +1 Les deux partenaires concernés arrivent informés, et la séance ira plus vite.
  Sam lève le pouce. Vous passez à la suite de la liste : une tâche de moins.
  ~ pack_full = true
  -> ordre_du_jour
+ [Décrire sa situation en trois lignes, sans donner son nom]
  Vous rédigez trois lignes anonymes : un homme de 52 ans, sans voiture, qui veut retravailler. Au CCAS et aux Jardins, personne ne pourra savoir de qui il s’agit. # score: ethique +1 Aucun nom, aucune donnée de trop : la situation est protégée. # score: communication -1 Mais le CCAS et les Jardins, qui l’accompagnent ou pourraient l’embaucher, ne peuvent pas agir sur une situation anonyme : il fallait lui demander ce qu’il accepte qu’on leur dise.
  -> ordre_du_jour
+ [Appeler M. Haddad : que veut-il qu’on dise de lui ?]
  -> appel_karim

=== appel_karim ===
Vous appelez M. Haddad et lui expliquez à quoi sert la réunion de jeudi : qui sera autour de la table, et pourquoi vous aimeriez y parler de lui. # scene: phone # time: 1
Parler de moi, d’accord, si ça m’aide à retravailler. Mais mon divorce et mes dettes, ça ne regarde personne. Le CCAS suit déjà mon dossier de surendettement, ça suffit. # speaker: karim # mood: worried # need: karim social
Et mon dos, c’est entre le médecin et moi. Moi, ce que je veux, c’est travailler. Seulement, je n’ai plus de voiture, et le premier car part à 8 h 40. # speaker: karim # need: karim emploi # need: karim mobilite # need: karim sante
Vous convenez ensemble : devant le groupe, sa situation sera présentée sans son nom ; seuls le CCAS et les Jardins sauront qu’il s’agit de lui, et rien sur sa santé ne sera dit. # consent: karim # score: ethique +2 Vous avez dit à M. Haddad ce qui serait partagé, avec qui et pourquoi, et obtenu son accord : c’est le secret professionnel partagé, seulement l’utile, seulement avec ceux qui l’accompagnent.
Vous notez ses mots tels quels. Ils pourront servir. # score: communication +1 Vous savez maintenant ce que vous pourrez dire au CCAS et aux Jardins, et ce qui restera entre vous.
~ karim_heard = true
-> ordre_du_jour

=== ordre_du_jour ===
Mardi, M. Vidal, l’encadrant des Jardins de Valmoran, vous appelle. On entend un tracteur derrière lui. # scene: phone
J’ai quatre postes en insertion vides depuis deux mois. Le CCAS garde ses gens « tant que leur situation n’est pas stabilisée ». Si je ne les remplis pas, la DDETS me les retire à la fin de l’année. # speaker: jardins # mood: annoyed
Vous, vous me comprenez. Envoyez-moi directement vos chômeurs de longue durée, sans passer par le CCAS, et on n’en parle plus. # speaker: jardins
+ [Accepter : le travail n’attend pas, et il a raison sur le fond]
  Vous lui promettez vos prochains candidats. Il raccroche, ravi : vous êtes quelqu’un sur qui il peut compter. # bond: ccas jardins -10 # score: conflits -2 Régler un désaccord en coulisse avec un seul partenaire, c’est prendre parti sans entendre l’autre : le conflit revient, aggravé.
  ~ side_deal = true
+ [Inscrire la question à l’ordre du jour, et prévenir Mme Caron]
  Vous lui proposez d’en débattre jeudi avec le CCAS, puis vous appelez Mme Caron pour qu’elle ne soit pas prise de court. Elle vous remercie de l’avoir prévenue. # score: conflits +2 Porter le désaccord dans une discussion ouverte avant qu’il ne s’envenime, en prévenant les deux parties : c’est le premier outil de la gestion des conflits.
  ~ on_agenda = true
+ [Le rassurer, et garder ce sujet hors de la réunion pour qu’elle reste sereine]
  Vous lui dites que les choses vont s’arranger. Jeudi, vous parlerez plutôt des réussites. # score: conflits -2 Éviter le sujet pour garder la paix laisse le désaccord grandir : un conflit se traite tôt, et ouvertement.
- -> canal

=== canal ===
Mercredi. Le canal commun « réseau-valmoran » réunit une vingtaine de professionnels des structures partenaires. On y annonce des dates, des places disponibles, on y dit qui fait quoi. # scene: channel # time: 1 # term: canal_commun
Vous y postez l’heure et la salle de la réunion de jeudi. M. Nguyen signale deux places libres dans une information collective sur les métiers des espaces verts. Puis un message arrive.
Bonjour à tous. Quelqu’un a des nouvelles de Mme Inès Dumas ? Elle ne répond plus à mes appels depuis quinze jours. # speaker: mission_locale
+ [L’appeler, et lui donner le nouveau numéro de Mme Dumas]
  Vous écrivez seulement : « Je vous appelle dans l’heure. » Au téléphone, vous lui apprenez que Mme Dumas a commencé son CAP et lui dictez son nouveau numéro. # score: numerique +1 Une situation individuelle ne se traite pas devant vingt personnes : vous avez choisi la bonne voie. # score: communication +1 Mme Lambert, qui accompagne Mme Dumas, sait où elle en est. # score: ethique -1 Mais un numéro de téléphone est à elle : Mme Dumas a peut-être ses raisons de ne pas rappeler, et c’est à elle de décider qui le reçoit.
+ [Répondre dans le fil, pour que tout le monde soit à jour]
  Vous écrivez un long message : le CAP, son fils, l’assistante maternelle, son nouveau numéro. Vingt personnes le lisent. # score: communication +1 Tout le réseau est à jour. # score: numerique -2 Mais un canal de vingt membres sert à coordonner, pas à raconter la situation d’une personne : chaque message doit viser le bon public. # score: ethique -2 Et la vie familiale de Mme Dumas a été lue par des partenaires qui ne l’accompagnent pas : on partage seulement avec qui en a besoin, et seulement ce qui est utile.
+ [L’appeler, et voir avec Mme Dumas pour son numéro]
  Vous écrivez seulement : « Je vous appelle dans l’heure. » Au téléphone, vous lui dites que Mme Dumas va bien et suit son CAP. Vous écrivez à Mme Dumas, qui répond dans l’heure. # score: communication +1 Mme Lambert, qui accompagne Mme Dumas, a de ses nouvelles. # score: numerique +2 Une situation individuelle ne se traite pas devant vingt personnes : vous avez choisi la bonne destinataire et la bonne voie. # score: ethique +1 Son nouveau numéro, c’est à Mme Dumas de décider qui le reçoit : vous le lui avez demandé.
  J’ai changé de téléphone, c’est tout. Je rappelle Mme Lambert demain, moi-même. # speaker: dumas # mood: happy
- Le message de Mme Lambert reste en haut du fil, avec le nom de Mme Dumas, sous les yeux de vingt personnes qui, pour la plupart, ne l’accompagnent pas.
+ [Rappeler à tous dans le fil : pas de nom de personne dans le canal]
  « Petit rappel : pas de nom de personne dans le canal, merci. » Trois pouces levés. Mme Lambert ne dit rien, et son message reste là. # score: numerique +1 La règle du canal est rappelée à tous. # score: confiance -1 Mais rappelée en public, elle vise Mme Lambert devant ses pairs : un écart se signale d’abord en privé. # score: ethique -1 Et le nom de Mme Dumas reste affiché, sans qu’elle le sache.
+ [Demander en privé le retrait du message, et prévenir Mme Dumas]
  Mme Lambert s’excuse et supprime son message dans la minute. Vous appelez Mme Dumas pour le lui dire : elle remercie, un peu surprise, et demande qu’à l’avenir on l’appelle avant de parler d’elle. # score: confiance +1 Signalé en privé, l’écart n’humilie pas la partenaire. # score: ethique +2 Un nom affiché devant des partenaires qui n’accompagnent pas la personne se retire vite, et la personne est informée de ce qui s’est passé : c’est ce que demandent le RGPD et le secret professionnel partagé. # score: numerique +1 Si le message avait touché à sa santé ou à sa famille, le DPO de l’association aurait dû être prévenu.
+ [Laisser le message : il ne dit presque rien, et elle est de bonne foi]
  Vous ne dites rien. Mme Lambert est une alliée précieuse, inutile de la froisser pour si peu. # score: confiance +1 Vous ménagez une partenaire de bonne foi. # score: ethique -2 Mais le nom de Mme Dumas reste exposé à vingt personnes, et elle n’en sait rien : on demande le retrait, et on informe la personne.
- Un peu plus tard, M. Vidal poste dans le fil général.
Encore quatre postes vides aux Jardins. Si certains partenaires orientaient les gens au lieu de les garder sous cloche, on n’en serait pas là. # speaker: jardins # mood: annoyed
Mme Caron a forcément lu. Le canal se tait.
+ [Défendre le CCAS publiquement, argument par argument]
  Vous répondez longuement. M. Vidal réplique. Le fil s’allonge sous les yeux de vingt collègues. Mme Caron vous remercie en privé. # score: confiance +1 Le CCAS se sent soutenu. # score: conflits -2 Mais débattre d’un désaccord en public, en prenant parti, durcit les positions : un conflit se règle en discussion, pas dans un fil de messages. # score: numerique -1 Et le canal de coordination devient une tribune.
+ [Laisser passer : répondre jetterait de l’huile sur le feu]
  Personne ne répond. Le message reste là, en haut du fil. # score: numerique +1 Vous n’avez pas transformé le canal en tribune. # score: conflits -2 Mais laisser une attaque publique sans réponse, c’est éviter le sujet : le désaccord reste entier, et le CCAS se sent seul.
+ [Renvoyer le sujet à jeudi, et écrire en privé à M. Vidal]
  « Question importante : on la traite jeudi, en réunion, avec le CCAS. » Puis, en privé, vous dites à M. Vidal que vous l’avez entendu. # score: confiance +1 Un mot en privé au partenaire qui s’emporte garde le lien. # score: numerique +2 Le canal sert à la coordination ; un désaccord se porte en réunion. Vous avez recadré l’usage de l’outil sans humilier personne. # score: conflits +1 Le désaccord a désormais un lieu et une date.
  ~ on_agenda = true
- M. Vidal vous écrit ensuite en message direct.
Votre canal, c’est lourd. Créons un groupe sur nos portables, avec ceux qui bossent vraiment. Ce sera plus rapide pour parler des gens. Je vous y ajoute ? # speaker: jardins
+ [Décliner, et garder la messagerie sécurisée pour les personnes]
  Vous déclinez. Il grogne, puis reconnaît qu’il n’a pas envie de recevoir des dossiers le dimanche. # score: numerique +2 Le canal commun coordonne, la messagerie sécurisée de l’association transmet ce qui concerne les personnes : chaque information passe par la bonne voie.
+ [Accepter : c’est plus rapide, et tout le monde a l’application]
  Vous voilà dans un groupe de six personnes, sur votre téléphone personnel. Les premières photos de documents arrivent le soir même. # score: numerique -2 Une messagerie personnelle échappe aux règles de l’association : des partenaires en sont exclus, et les données des personnes y circulent sans aucun cadre, hors de tout ce que permet le RGPD.
- Mme Leroy, des Toques de Valmoran, poste une affiche : portes ouvertes du CAP cuisine mardi prochain, avec des places en février. Elle demande aux partenaires de relayer et de passer.
+ [Relayer l’affiche, et annoncer votre venue]
  Vous la transmettez à vos bénéficiaires et répondez : « Je passerai mardi matin. » # score: confiance +2 Relayer l’action d’un partenaire et s’y rendre, c’est la réciprocité : un contact régulier, pas seulement quand on a besoin de lui.
+ [Mettre un pouce levé : vous verrez la semaine prochaine]
  Un pouce de plus sous l’affiche. # score: confiance -1 Ne se manifester que lorsqu’on a besoin d’une place affaiblit le lien : la confiance se construit aussi en soutenant les actions du partenaire.
- -> reunion

=== reunion ===
Jeudi, 9 h 30. Six partenaires autour de la table, des viennoiseries, Nadia à côté de vous. Vous distribuez l’ordre du jour. # scene: meeting # time: 1
{pack_full:
  Avant le tour de table, Mme Caron vous prend à part.
  J’ai reçu le dossier complet de M. Haddad, avec son divorce et son dos. Il était d’accord ? Nous, nous ne faisons jamais circuler cela. # speaker: ccas # mood: annoyed # trust: ccas -5
}
{side_deal:
  M. Vidal annonce, satisfait, que Relais Insertion lui enverra désormais ses candidats en direct.
  Sans passer par nous ? Personne ne m’en a parlé. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -5
}
~ pack_full = false
~ side_deal = false
M. Nguyen, de France Travail, ouvre le tour de table.
Le mois dernier, je vous ai adressé deux demandeurs d’emploi pour votre atelier CV. Depuis, plus de nouvelles. Ils sont venus ? # speaker: france_travail
+ [Dire qu’ils avancent bien, et promettre un point plus tard]
  « Ils avancent, je vous fais un point bientôt. » M. Nguyen note, sans conviction. # score: communication -2 Une réponse vague après une orientation laisse le partenaire dans le flou : il faut dire ce qui s’est passé, y compris ce qui n’a pas marché.
+ [Donner les faits : l’un est venu, l’autre jamais]
  « L’un suit l’atelier et a décroché deux entretiens. L’autre n’est jamais venu, et j’aurais dû vous le signaler. Désormais, je vous fais un retour sous huit jours après chaque orientation. » # score: communication +2 Dire ce qu’est devenue une orientation, même quand ce n’est pas brillant, et proposer un retour régulier : c’est la communication ouverte.
- Mme Lambert, M. Roux et Mme Leroy, qui accompagnent Mme Dumas avec vous, attendent de ses nouvelles. Mme Caron, M. Vidal et M. Nguyen, qui ne la connaissent pas, écoutent aussi.
+ [Raconter son histoire : elle montre ce que le réseau peut faire]
  Vous racontez la seconde quittée à 16 ans pour s’occuper de ses petits frères, le restaurant de sa mère, Noah. L’émotion est réelle, et chacun mesure le chemin parcouru. # score: communication +1 Les partenaires voient ce que leur action a permis. # score: ethique -2 Mais le CCAS, les Jardins et France Travail n’accompagnent pas Mme Dumas : son histoire familiale ne les regardait pas. On parle du parcours, pas de la vie privée.
+ [Donner les grandes lignes, et voir la garde avec elle d’abord]
  « Elle a commencé le CAP en octobre, et Tremplin l’a aidée à trouver sa PFMP, en mars, au Bistrot du Marché. Il reste un point pratique : je le vois avec elle, puis avec ceux qui l’accompagnent. » Le soir, Mme Dumas vous autorise à parler de ses horaires à M. Roux et à Mme Leroy, et à contacter le Relais Petite Enfance. # score: communication +1 Les partenaires savent ce qu’a donné leur action, et qu’un point reste à régler. # score: ethique +2 Les horaires de garde de son fils ne regardent que ceux qui l’accompagnent, et seulement avec son accord : vous le lui avez demandé avant d’en parler.
+ [Faire le point complet : le CAP, la PFMP et ses horaires de garde]
  « Elle a commencé le CAP en octobre. Grâce à Tremplin, sa PFMP l’attend en mars au Bistrot du Marché. Un point à régler : la PFMP finit à 19 h, la garde de Noah à 18 h 30. » M. Roux propose d’en parler au chef. # score: communication +2 Dire aux partenaires ce qu’a donné leur action, et ce qui reste à régler, leur permet de s’ajuster. # score: ethique -2 Mais la garde de son fils, dite devant des partenaires qui ne l’accompagnent pas, dépasse ce qu’elle a accepté : le secret professionnel partagé se limite à ceux qui participent à son accompagnement.
+ [Dire simplement que tout va bien pour elle]
  « Tout se passe bien. » On passe au point suivant. Personne n’apprend que ses horaires posent problème. # score: ethique +1 Rien de sa vie privée n’a été dit. # score: communication -1 Mais un « tout va bien » ne permet pas aux partenaires qui l’accompagnent d’ajuster leur action : la communication ouverte porte aussi sur ce qui coince.
- M. Nguyen reprend la parole.
J’ai trois personnes qui auraient besoin de votre atelier CV la semaine prochaine. Vous pouvez les prendre ? # speaker: france_travail
Vous savez qu’il ne vous reste qu’une place. Mais M. Nguyen vous a souvent rendu service, et tout le monde vous regarde.
+ [Dire clairement : une place, et une date pour les deux autres]
  « J’ai une place la semaine prochaine, pas trois. Les deux autres pourront venir à la session suivante. » Il hoche la tête : c’est clair. # commit: france_travail 1 Accueillir ses demandeurs d’emploi à l’atelier CV la semaine prochaine # score: communication +2 Dire simplement ce que l’on peut faire et ce que l’on ne peut pas évite les déceptions : c’est une communication ouverte.
  ~ realistic = true
+ [Dire oui aux trois : vous vous arrangerez bien]
  « Pas de problème, envoyez-les-moi. » Il sourit, soulagé. # commit: france_travail 1 Accueillir ses demandeurs d’emploi à l’atelier CV la semaine prochaine # score: communication -2 Promettre plus que ce qu’on peut tenir, pour faire plaisir, prépare une déception : il faut dire clairement ce que l’on peut faire et ce que l’on ne peut pas.
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
Le ton monte, le conflit est sur la table. M. Roux regarde ses chaussures. Vous connaissez bien M. Vidal : il vous a souvent dépanné, et au fond, vous pensez comme lui. # term: gestion_conflits
+ [Appuyer M. Vidal : le travail d’abord, cela a fait ses preuves]
  « Je rejoins M. Vidal : le travail d’abord. » M. Vidal vous remercie d’un regard. Mme Caron se tait et range ses notes. # bond: ccas jardins -10 # score: confiance +1 M. Vidal sait qu’il peut compter sur vous. # score: conflits -2 Mais prendre parti pour le partenaire dont on se sent proche, sans entendre l’autre, durcit le conflit au lieu de le régler.
+ [Donner la parole à chacun, tour à tour, sans l’interrompre]
  Chacun parle cinq minutes. Vous notez au tableau ce qui les oppose, et ce qu’ils partagent : que les personnes tiennent dans la durée. # bond: ccas jardins +5 # score: conflits +2 Entendre les deux parties dans une discussion ouverte, et repérer l’objectif commun, c’est la base de la gestion des conflits.
+ [Couper court : l’ordre du jour est chargé, on en reparlera]
  Vous passez au point suivant. M. Roux et Mme Leroy peuvent enfin présenter leurs places. Mme Caron et M. Vidal évitent de se regarder jusqu’à la fin. # score: communication +1 Les autres partenaires ont eu le temps prévu. # score: conflits -2 Mais couper court pour garder la paix laisse chacun sur sa position : un désaccord se traite en discussion ouverte.
- Midi approche. Les positions n’ont pas bougé. Il faut décider de la suite.
+ [Proposer d’animer vous-même une médiation la semaine prochaine]
  Les deux acceptent, sans enthousiasme. Mercredi prochain, 14 heures. Mme Caron, en partant, vous regarde un instant de trop. # score: conflits +1 Une médiation est le bon outil quand les positions sont figées. # score: confiance -1 Mais vous n’êtes pas neutre : vous travaillez main dans la main avec M. Vidal et vous orientez vos candidats. Un médiateur doit être un tiers accepté par les deux parties.
  ~ self_led = true
+ [Trancher vous-même : vos candidats iront d’abord aux Jardins]
  Vous annoncez la règle. M. Vidal approuve. Mme Caron, elle, ne dit plus un mot. # bond: ccas jardins -10 # score: confiance +1 M. Vidal sait qu’il peut compter sur vous. # score: conflits -2 Mais décider seul pour tout le réseau, même vite, impose une règle que personne n’a construite : elle ne tiendra pas.
+ [Saisir la DDETS, qui finance les postes : à elle de trancher]
  Vous annoncez que vous écrirez à la DDETS. Les deux partenaires se raidissent. # bond: ccas jardins -10 # score: conflits -2 Faire trancher tout de suite par le financeur, c’est renoncer à la discussion entre partenaires : l’escalade vient après l’échange et la médiation, pas avant.
  ~ escalated = true
+ [Demander une médiation à Nadia, qui n’est d’aucun camp]
  Nadia accepte. Les deux partenaires aussi : Nadia n’oriente personne vers les Jardins et ne suit aucun dossier au CCAS. Mercredi prochain, 14 heures. # bond: ccas jardins +5 # score: conflits +2 Quand les positions sont figées, une médiation menée par un tiers neutre, accepté par les deux parties, les aide à trouver elles-mêmes une décision commune. Vous, vous êtes proche d’une des parties : votre rôle est de la demander et de la préparer.
  ~ asked_nadia = true
- La réunion se termine. Vous rentrez au bureau, la tête pleine. # scene: office # week
-> semaine2

=== semaine2 ===
Le lundi suivant, vos entretiens de suivi occupent déjà deux demi-journées. # time: 2
{asked_nadia:
  Pour mercredi, prépare-moi une note : ce que chacun demande, ce dont chacun a besoin. Je veux arriver sans avis. # speaker: nadia
- else:
  {self_led:
    Mme Caron a appelé. Elle préfère que la médiation de mercredi soit menée par quelqu’un qui ne travaille pas avec les Jardins tous les jours. Je la mènerai. Prépare-moi une note : ce que chacun demande, ce dont chacun a besoin. # speaker: nadia
  - else:
    {escalated:
      La DDETS a répondu : « Réglez d’abord cela entre partenaires. » J’ai proposé une médiation mercredi, que je mènerai. Prépare-moi une note : ce que chacun demande, ce dont chacun a besoin. # speaker: nadia
    - else:
      Ta règle n’a pas tenu deux jours. J’ai proposé une médiation mercredi, que je mènerai. Prépare-moi une note : ce que chacun demande, ce dont chacun a besoin. # speaker: nadia
    }
  }
}
~ self_led = false
~ escalated = false
+ [Écrire ce que vous pensez : le CCAS freine, M. Vidal a raison]
  Votre note est franche et tient en dix lignes. Nadia la lit, lève un sourcil. # score: communication +1 Nadia connaît votre avis sans détour. # score: conflits -2 Mais une note qui désigne un coupable prépare un procès, pas une médiation : on apporte des faits, et ce dont chaque partie a besoin.
+ [Lui transmettre tout le dossier de M. Haddad, pour qu’elle ait tout]
  Nadia reçoit le dossier complet : le divorce, les dettes, le dos. Elle vous le renvoie avec un mot : « Je n’ai pas besoin de ça. » # score: communication +1 Nadia a tous les éléments. # score: ethique -2 Mais même entre collègues, le secret professionnel partagé ne couvre que ce qui est nécessaire : pour mener la médiation, Nadia n’a pas besoin de la vie privée de M. Haddad.
+ [Lister les faits, et ce dont chaque partie dit avoir besoin]
  Quatre postes vides depuis deux mois, financés jusqu’en décembre ; des entrées au chantier qui ont échoué l’an dernier pendant une procédure d’expulsion ; ce que chacun craint ; ce que chacun peut apporter. Nadia hoche la tête : « Parfait. Aucun coupable là-dedans. » # score: conflits +2 Préparer une médiation, c’est apporter des faits plutôt que des reproches, et ce dont chaque partie a besoin : le médiateur part de là. # score: communication +1 Nadia sait où sont les points de blocage.
- Mme Caron vous écrit : jeudi, le CCAS présente son nouvel atelier budget aux structures du territoire. Elle aimerait que Relais Insertion soit là.
+ [Y aller : une demi-journée, mais c’est le CCAS qui vous invite]
  Vous confirmez votre venue. Mme Caron vous remercie d’un message chaleureux. # trust: ccas +5 # score: confiance +2 Répondre présent quand un partenaire vous sollicite, c’est la réciprocité qui fonde la confiance, surtout en pleine période de tension.
+ [Décliner : la semaine est pleine, et vous connaissez l’atelier]
  Vous déclinez poliment. La réponse de Mme Caron tient en trois mots. # trust: ccas -5 # score: confiance -2 Décliner l’invitation d’un partenaire parce que la semaine est pleine, c’est ne venir que quand on a besoin de lui : la réciprocité fait la confiance.
- -> mediation

=== mediation ===
Mercredi, 14 heures, dans la petite salle. Mme Caron et M. Vidal, face à face. Nadia anime ; vous êtes là pour Relais Insertion, qui oriente les candidats. # scene: meeting # time: 1
{asked_nadia:
  Vous aviez demandé cette médiation : Nadia a vu chacun la veille, seul à seul.
}
~ asked_nadia = false
Pour cette médiation, je ne suis ni du CCAS ni des Jardins, et je ne déciderai pas à votre place. Chacun parle sans être interrompu, on part de la situation des personnes, et c’est vous qui trouverez l’accord. # speaker: nadia # term: mediation
Nous avons vu des gens entrer sur un chantier avec une expulsion en cours. Ils tiennent trois semaines, puis ils lâchent. C’est un échec de plus pour eux. Je veux qu’on stabilise d’abord. # speaker: ccas
Et pendant qu’on stabilise, six mois passent. Les gens perdent le rythme, l’envie. Le chantier, c’est un salaire, un collectif, et une accompagnatrice socioprofessionnelle à mi-temps. Mes postes sont financés : vides, je les perds. # speaker: jardins
Toi, tu orientes les candidats. Qu’est-ce que tu as vu ? # speaker: nadia
+ [Rester en retrait : c’est à eux deux de trouver l’accord]
  « Je n’ai rien à ajouter. » Nadia attend, puis reprend. La discussion tourne en rond sur des principes. # score: conflits -1 La médiation a besoin des faits de chacun : celui qui oriente les personnes sait ce qu’elles veulent et peuvent. # score: communication -1 Se taire, ici, prive les deux parties d’une information qu’elles n’ont pas.
+ [Dire que vous êtes d’accord avec M. Vidal]
  « Honnêtement, je pense comme M. Vidal. » Mme Caron se tourne vers Nadia : « Je savais que c’était joué d’avance. » # score: conflits -2 Dans une médiation, chaque partie doit pouvoir se sentir entendue : prendre parti ferme la discussion.
+ [Partir des personnes : ce qu’elles veulent, et ce qui les bloque]
  {karim_heard:
    « M. Haddad m’a dit qu’il voulait travailler, vite. Pour lui, le vrai frein, c’est le car, qui passe trop tard. » M. Vidal se redresse : le minibus du chantier passe à deux kilomètres de son hameau, à 7 h 30. # bond: ccas jardins +10 # score: conflits +2 Ramener la discussion à ce que veulent et peuvent les personnes remet leur intérêt au centre : c’est ce qui permet aux partenaires de se retrouver. # score: communication +1 Vous avez dit ce que vous saviez, rien de plus.
  - else:
    « Je m’aperçois que je n’ai jamais demandé à M. Haddad ce qu’il voulait. Ce serait à faire d’abord. » Mme Caron approuve. # bond: ccas jardins +10 # score: conflits +2 Ramener la discussion à ce que veulent et peuvent les personnes remet leur intérêt au centre : c’est ce qui permet aux partenaires de se retrouver. # score: communication +1 Vous avez dit ce que vous saviez, et ce que vous ne saviez pas.
  }
- ~ karim_heard = false
M. Vidal se tourne vers vous.
Et physiquement, il tient le coup, votre M. Haddad ? Le maraîchage, c’est du dos toute la journée. # speaker: jardins
+ [Répondre qu’il n’a aucun souci de santé]
  « Aucun souci. » M. Vidal note. Vous savez que ce n’est pas vrai. # score: ethique +1 Rien de sa santé n’a été dit. # score: communication -2 Mais un mensonge à un partenaire se découvre, et il abîme tout le reste : on peut refuser de répondre sans travestir les faits.
+ [Répondre que M. Haddad en parlera lui-même, s’il le souhaite]
  « Ça, c’est à lui d’en parler, s’il le veut. La médecine du travail le verra à l’embauche. » M. Vidal hoche la tête : il n’insiste pas. # score: ethique +2 La santé d’une personne ne se partage qu’avec son accord : le partenaire saura ce que M. Haddad voudra bien lui dire.
+ [Lui dire qu’il a mal au dos : mieux vaut le savoir avant]
  « Il a mal au dos, vingt ans de palettes. » M. Vidal fait la moue : « Ah. Alors, on verra. » # score: communication +1 Le partenaire sait à quoi s’attendre. # score: ethique -2 Mais une donnée de santé, confiée par la personne ou lue dans son dossier, ne se transmet pas sans son accord : c’est à elle d’en parler, à la médecine du travail ou à Cap emploi si elle le veut.
- M. Vidal reprend.
Mais si l’on attend que tout soit réglé, personne n’entrera jamais. Les dettes, ça se règle sur des années. Alors coupons la poire en deux : une personne sur deux vient chez moi tout de suite, l’autre passe d’abord par le CCAS. # speaker: jardins
C’est toi qui orientes. Ça te convient ? # speaker: nadia
+ [Proposer de décider personne par personne, avec chacune]
  « Plutôt que des quotas, regardons chaque situation, avec la personne. » Mme Caron décroise les bras. # score: conflits +2 Partir de chaque personne, avec elle, remet l’intérêt des bénéficiaires au centre de la discussion entre structures.
+ [Accepter le partage : c’est équitable, et la séance avance]
  Mme Caron hausse les épaules : pourquoi pas. Personne ne demande qui ira où, ni pourquoi. # score: conflits -2 Un partage par quotas règle le différend entre structures, mais pas la situation des personnes : l’intérêt des bénéficiaires doit rester au centre.
- Nadia les aide à dire ce que chacun peut mettre sur la table. Peu à peu, le tableau se remplit : les Jardins gardent deux de leurs quatre postes, pendant trois mois, pour les personnes vues en diagnostic commun, et leur minibus s’arrêtera au hameau de M. Haddad ; le CCAS détache sa conseillère budget au chantier le mardi matin.
Il manque quelqu’un pour mener les diagnostics communs, une demi-journée par semaine. Relais Insertion le pourrait, sur le temps de votre atelier CV ? # speaker: ccas
+ [Accepter, en ajoutant les diagnostics à un agenda déjà plein]
  « D’accord, je les ferai en plus. » Nadia vous regarde : « En plus de quoi ? » Elle note quand même. # score: conflits +1 Vous acceptez l’issue de la médiation. # score: communication -1 Mais promettre une demi-journée que l’on n’a pas, c’est préparer le prochain engagement non tenu : on dit ce que l’on peut céder.
+ [Demander que la demi-journée vienne plutôt de France Travail]
  « France Travail a plus de conseillers que nous. » Nadia rappelle que France Travail n’est pas autour de la table. M. Vidal soupire. # score: conflits -2 Rouvrir l’accord pour faire payer un absent, c’est refuser sa part : une médiation tient quand chacun accepte ce qu’il cède.
+ [Accepter, et prendre cette demi-journée sur l’atelier CV]
  « D’accord : le jeudi matin, à la place d’une session de l’atelier. » Nadia l’écrit au tableau, à côté des postes et de la permanence budget. # bond: ccas jardins +10 # trust: ccas +5 # trust: jardins +10 # score: conflits +2 Une médiation aboutit quand chacun cède quelque chose : des postes, des heures, un créneau. Accepter sa part de la réallocation des ressources, c’est ce qui la fait tenir.
- Je vous confirme d’ici vendredi l’arrêt du minibus au hameau. # speaker: jardins # pledge: jardins 1 Confirmer d’ici vendredi l’arrêt du minibus au hameau
Et notre conseillère budget sera au chantier dès mardi prochain. # speaker: ccas # pledge: ccas 1 Tenir la permanence budget au chantier le mardi matin
Pour M. Haddad, décidons tout de suite : il commence lundi, et le CCAS continue son suivi à côté. # speaker: jardins
Ça me va, si le suivi est garanti. # speaker: ccas
+ [Valider tout de suite : c’est une bonne solution, il sera content]
  Vous notez : « M. Haddad, entrée lundi », et vous envoyez sa fiche aux Jardins le soir même. Reste à le lui annoncer. # refer: karim jardins # score: conflits +1 L’accord entre les deux structures est scellé sans attendre.
+ [Attendre son avis : un rendez-vous à trois, avec lui, jeudi]
  Les deux acceptent. M. Vidal soupire : quelques jours de plus avec un poste vide. Le rendez-vous est fixé à jeudi, au CCAS, avec M. Haddad. # score: ethique +2 Un parcours se décide avec la personne, pas pour elle, même quand la solution semble bonne : M. Haddad aura son mot à dire. # score: conflits -1 L’accord attend encore quelques jours, et M. Vidal le ressent.
  ~ three_way = true
- Je vous envoie le compte rendu demain. Merci à tous les deux. # speaker: nadia
-> canal2

=== canal2 ===
Jeudi matin. France Travail, la mission locale et Tremplin orientent eux aussi des chômeurs de longue durée. Il faut informer le réseau de ce qui a été décidé. # scene: channel
+ [Ne prévenir que le CCAS et les Jardins : les autres n’ont pas à savoir]
  Vous écrivez aux deux structures. Le mois suivant, France Travail oriente encore vers le chantier sans diagnostic commun. # score: ethique +1 Rien n’a circulé au-delà des deux structures. # score: communication -2 Mais une règle qui concerne tout le réseau, connue de deux partenaires seulement, crée des malentendus : la décision, sans aucun nom, peut être dite à tous.
+ [Publier le protocole sans nom ; la liste, par messagerie sécurisée]
  Le protocole est épinglé dans le canal. M. Nguyen répond : « Clair. On l’applique dès lundi. » # score: numerique +2 Le canal pour ce qui concerne tout le monde, la messagerie sécurisée pour les noms : le bon outil et le bon public pour chaque message. # score: communication +2 Informer tout le réseau d’une décision qui le concerne évite les surprises : c’est une communication ouverte et régulière.
+ [Publier dans le canal la liste des personnes concernées et leur situation]
  Vous postez la liste, noms et situations compris, « pour que chacun sache où elles en sont ». Vingt personnes la lisent. # score: communication +1 Tout le réseau sait où en est chacun. # score: numerique -2 Mais des noms et des situations personnelles n’ont rien à faire dans un canal de vingt membres : les documents nominatifs passent par une voie sécurisée. # score: ethique -2 Et la situation de quatre personnes a été exposée à des partenaires qui ne les accompagnent pas : on ne partage que l’utile, avec qui en a besoin.
- {three_way: -> rendez_vous | -> annonce}

= annonce
Jeudi après-midi, vous appelez M. Haddad pour lui annoncer la nouvelle : il commence lundi aux Jardins. Un silence. # scene: phone
Vous auriez pu me demander. Bon. Lundi, alors. # speaker: karim # mood: sad
-> vendredi

= rendez_vous
Jeudi après-midi, au CCAS. M. Haddad, Mme Caron, M. Vidal et vous. M. Vidal présente le chantier : le maraîchage, les horaires, le minibus. # scene: territory
~ three_way = false
Le chantier, oui. Lundi, je veux bien. Et vous pouvez leur dire où j’en suis, à tous les deux. # speaker: karim # mood: happy # agree: karim jardins # consent: karim
Vous envoyez sa fiche de liaison aux Jardins le soir même. # refer: karim jardins
Avant de partir, M. Haddad parle de lui-même de son dos. Vous lui parlez de la médecine du travail, de Cap emploi et de la RQTH, qui permettrait d’aménager son poste.
Cap emploi, la RQTH, l’étiquette de travailleur handicapé ? Non. Pas maintenant. # speaker: karim # mood: worried # refuse: karim cap_emploi # term: rqth
+ [Lui dire ce que la RQTH change, et lui laisser la décision]
  Vous lui expliquez qu’elle reste confidentielle, que l’employeur ne la connaît que s’il la lui montre. Il prend la brochure. « Je vais y réfléchir. » # score: ethique +2 La RQTH relève de la seule décision de la personne : l’informer, c’est lui permettre de choisir, et son refus reste respecté.
+ [Prendre quand même rendez-vous : une fois sur place, il verra]
  Vous appelez Cap emploi le lendemain et donnez son nom. Mme Royer le convoque. M. Haddad ne vient pas. # refer: karim cap_emploi
- -> vendredi

= vendredi
Vendredi midi. M. Vidal devait confirmer l’arrêt du minibus au hameau. Pas un message. M. Haddad commence lundi, et le premier car passe trop tard. # scene: office # pledge_broken: jardins
+ [Le dire à Nadia et à Mme Caron : il ne tient jamais parole]
  Nadia écoute sans rien dire. Mme Caron, elle, transfère votre message à un collègue. Le lundi, tout le CCAS sait que M. Vidal « ne tient jamais parole ». # score: confiance -2 Dire du mal d’un partenaire dans son dos, à peine l’accord signé, abîme la confiance de tous : on parle d’abord à celui qui n’a pas tenu son engagement. # score: conflits -1 Et le conflit que la médiation venait d’apaiser se ranime.
+ [Appeler M. Vidal : vous attendiez sa réponse]
  Il se confond en excuses : le chauffeur était malade. À 16 heures, c’est réglé : arrêt au hameau à 7 h 30, dès lundi. # score: confiance +2 Dire au partenaire qu’un engagement n’a pas été tenu, simplement et sans reproche, garde la relation ouverte : la confiance mutuelle vaut dans les deux sens.
+ [Réserver un deux-roues chez Roule ma Poule pour lundi]
  M. Haddad aura un scooter lundi. Le minibus, lui, ne s’arrête toujours pas au hameau, et M. Vidal n’en sait rien. # score: confiance -2 Contourner un partenaire qui a manqué un engagement, sans lui en parler, règle le problème du jour et laisse l’engagement mourir : on le lui dit d’abord.
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
Vendredi après-midi. Le demandeur d’emploi de M. Nguyen doit venir à l’atelier CV. Sam regarde votre agenda par-dessus votre épaule.
Tu as encore le compte rendu de la réunion mensuelle à écrire. Décale-le au mois prochain, Nguyen comprendra. # speaker: sam
+ [Le décaler : le compte rendu passe avant]
  Vous écrivez à M. Nguyen pour reporter. Il répond d’un seul mot : « Noté. »
+ [Le recevoir comme promis]
  Il est là, à l’heure. En fin de journée, vous envoyez un mot à M. Nguyen : il est venu, il a un CV. # keep: france_travail # time: 1
- -> fin

= trop_promis
Vendredi après-midi, trois personnes envoyées par M. Nguyen se présentent pour une seule place. Vous en gardez une et renvoyez les deux autres chez elles.
On m’avait dit trois places. J’ai deux personnes qui ont fait le déplacement pour rien. # speaker: france_travail # mood: annoyed
+ [Reconnaître votre erreur, et proposer une date ferme aux deux autres]
  « J’ai promis trop vite, c’est ma faute. Les deux autres sont inscrits à la session du 14, c’est confirmé. » M. Nguyen soupire, puis note la date. # score: confiance +1 Reconnaître une promesse non tenue et proposer une date que l’on peut tenir commence à réparer la confiance.
+ [Dire qu’il y a eu un malentendu sur le nombre de places]
  « Il a dû y avoir un malentendu. » Un silence au bout du fil. M. Nguyen se souvient très bien de la réunion. # score: confiance -1 Se défausser d’un engagement non tenu abîme la confiance une seconde fois : on reconnaît son erreur et on la répare.
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
Trois semaines plus tard, le premier diagnostic commun a lieu au CCAS, avec la personne concernée, sa conseillère du CCAS, l’accompagnatrice socioprofessionnelle des Jardins et vous. La conseillère budget tient sa permanence au chantier chaque mardi matin. # pledge_kept: ccas
Je n’aurais pas cru dire ça, mais on travaille bien avec les Jardins. On garde ce fonctionnement, et on en fera le bilan en réunion mensuelle. # speaker: ccas # mood: happy
Maintenant, le CCAS me prévient avant que quelqu’un arrive. Deux postes sont pourvus. Ça change tout. # speaker: jardins # mood: happy
Vos partenaires se parlent, et ils vous font confiance pour animer le réseau. # end
-> END

= treve
Le mois suivant, l’accord existe sur le papier. La permanence budget du mardi a lieu, mais les Jardins et le CCAS se surveillent, et deux postes restent vides. # pledge_kept: ccas
On avance. Pas très vite. Et je ne suis pas sûr que tout le monde joue le jeu. # speaker: jardins # mood: neutral
Une trêve fragile : elle tiendra si la prochaine réunion mensuelle en fait le bilan, ouvertement, avec chacun autour de la table. # end
-> END

= rupture
Le mois suivant, M. Vidal écrit directement à la DDETS. La permanence budget au chantier n’a jamais commencé. Le CCAS n’oriente plus personne vers les Jardins, et les chômeurs de longue durée attendent, entre les deux. # pledge_broken: ccas
Je préfère que les choses passent désormais par Nadia. # speaker: ccas # mood: sad
Le conflit n’a pas été réglé : il s’est installé. La prochaine réunion mensuelle devra repartir de là, en écoutant d’abord les deux parties. # end
-> END
