// Le suivi après l’embauche : garder l’emploi de M. Haddad aux Jardins, entre lui et son employeur.

=== suivi_jardins ===
Jeudi, aux Jardins de Valmoran. M. Vidal vous reçoit dans la cabane à outils ; M. Haddad finit de ranger les cagettes dehors. Vous les entendez l’un après l’autre. # scene: territory # time: 2
Je l’ai pris parce qu’il est sérieux. Mais trois retards, et les caisses laissées aux autres : l’équipe ne comprend pas. # speaker: jardins # mood: annoyed
{ is_solved("karim", "mobilite"):
    Le scooter, douze kilomètres matin et soir, mon dos ne le supporte plus. Depuis mardi, je reprends le bus : il arrive à 8 h 05. # speaker: karim # mood: sad
  - else:
    Sans voiture, je prends le premier bus. Il arrive à 8 h 05, pas avant. Je n’y peux rien. # speaker: karim # mood: sad
}
{ not knows_need("karim", "sante"):
    Et puis, il y a mon dos. Vingt ans de palettes. Je ne l’ai jamais dit à personne. # speaker: karim # need: karim sante
}
Les caisses, je ne peux plus. Je ne l’ai pas dit à M. Vidal : il ne me garderait pas. # speaker: karim
* [Lui demander ce qu’il accepte que M. Vidal sache, et qui le dira]
    Il réfléchit. Dehors, M. Vidal fait les cent pas et regarde sa montre. # score: ethique +2 Une donnée de santé n’appartient qu’à la personne : c’est elle qui décide de ce que l’employeur en saura, et de qui le lui dira. # score: conflits -1 Pendant qu’il réfléchit, M. Vidal s’impatiente dehors, et la tension monte d’un cran : laisser la personne choisir ses mots prend du temps.
    Qu’il sache que je ne peux plus porter lourd. Je le lui dirai moi-même. Le reste, c’est entre moi et le médecin du travail. # speaker: karim
* [Dire vous-même à M. Vidal qu’il a mal au dos : ce sera plus simple pour tout le monde]
    M. Vidal comprend aussitôt, et se radoucit. M. Haddad, lui, baisse les yeux : ce n’est pas lui qui l’a dit. # share: karim jardins # score: conflits +1 L’employeur comprend enfin la situation, et la tension retombe. # score: ethique -2 Dire à sa place ce qui touche à sa santé, même pour l’aider, rompt le secret professionnel partagé : c’est à lui de choisir ce qu’il dit.
-
Vous vous asseyez tous les trois autour de l’établi.
* [Trancher : M. Haddad doit arriver à 7 h 30, comme tous les salariés du chantier]
    M. Haddad promet. Personne n’y croit vraiment. # score: conflits -2 Trancher pour l’une des parties, c’est cesser d’être un tiers : l’arrangement ne tiendra que si chacun y a contribué.
* [Laisser M. Vidal décider seul : c’est son équipe, et son chantier]
    M. Vidal réfléchit à voix haute, puis promet d’« y penser ». M. Haddad repart sans savoir ce qui l’attend lundi. # score: conflits -1 S’effacer au moment de chercher un accord laisse le désaccord entier : la médiation, c’est aider les parties à trouver elles-mêmes l’arrangement.
* (arrangement) [Demander à chacun ce qu’il peut ajuster, horaires et tâches compris]
    M. Vidal propose de décaler ses horaires, 8 h 15 – 15 h 45, au rythme du bus ; M. Haddad prend les semis et la préparation des paniers, sans caisses à porter. # score: conflits +2 Entendre les deux parties, puis chercher avec elles un ajustement (horaires, tâches) : chacun cède un peu, et l’emploi tient. # score: confiance +1 Revenir sur place après l’embauche montre à l’employeur que le suivi ne s’arrête pas au recrutement.
-
{ not agreed("karim", "cap_emploi"):
    Pour aller plus loin, une étude de poste avec Cap emploi et le médecin du travail. Vous lui expliquez ce que c’est, et ce qui sera dit.
    D’accord. Si c’est pour garder ce travail. # speaker: karim # agree: karim cap_emploi
    Vous appelez Mme Royer : elle viendra aux Jardins. # refer: karim cap_emploi
}
{ suivi_jardins.arrangement:
    Je vous fais un point dans quinze jours, comme on a dit. # speaker: jardins # pledge: jardins 1 Faire le point sur le poste de M. Haddad # solve: karim emploi
  - else:
    M. Vidal vous raccompagne au portail sans un mot.
}
->->
