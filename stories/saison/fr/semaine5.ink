// Semaine 5 : un nouveau jeune, la commission des Toques, un désaccord qui monte entre le CCAS et les Jardins.

=== semaine5 ===
Lundi matin. La semaine commence fort. # scene: office
-> agenda ->
{ not knows_need("karim", "mobilite"):
    { happened("karim_car"):
        M. Haddad passe vous voir, dépité : depuis que sa voiture l’a lâché, il ne sort plus de Valmoran. Sans moyen de transport, pas de poste aux Jardins à 7 h 30. # need: karim mobilite
      - else:
        M. Haddad passe vous voir, dépité : sa voiture n’a pas passé le contrôle technique. Sans elle, pas de poste aux Jardins à 7 h 30. # need: karim mobilite
    }
}
{ trop_partage:
    Mme Haddou, de « Mots Partagés », vous appelle.
    Une bénévole a lu votre message sur le canal. Elle a parlé de la situation de Mme Melnyk devant tout l’atelier. Mme Melnyk n’est pas revenue mardi. # speaker: langues # mood: sad # trust: langues -5
}
{ bond("ccas", "jardins") < 50:
    Un courriel de Mme Caron, en copie à Nadia : « Les Jardins recrutent nos allocataires du RSA sans nous consulter. » M. Vidal a répondu à tous. Le ton monte.
  - else:
    Mme Caron et M. Vidal ne s’entendent toujours pas sur l’emploi du temps de M. Haddad. Chacun vous appelle pour avoir votre avis.
}
Puis Mme Lambert, de la mission locale, vous appelle. # scene: phone
J’ai un jeune, Léo Martin, dix-neuf ans. Il a dû quitter le domicile de son père ; il dort chez des copains. Il a fait une saison comme commis de cuisine et voudrait se former. Vous connaissez Les Tilleuls, je crois ? # speaker: mission_locale
* [Proposer de tout reprendre : vous ouvrirez un suivi complet à Relais Insertion, ce sera plus simple pour lui]
    Il a déjà un contrat d’engagement jeune chez nous. Je vous l’envoie pour le logement, et on verra. # speaker: mission_locale # mood: annoyed # trust: mission_locale -3 # score: reseau -2 Ouvrir un second suivi complet pour un jeune déjà accompagné par la mission locale, c’est doubler le travail et brouiller les repères du jeune.
* [Convenir d’un partage des rôles : elle reste référente, vous montez la demande de logement et la tenez informée]
    Ça me va très bien. Je vous l’envoie demain. # speaker: mission_locale # mood: happy # score: reseau +2 Chacun sa mission : la mission locale reste référente du jeune, Relais Insertion apporte son lien avec le logement.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* [Recevoir Léo Martin] -> leo
* {semaine5.leo && time_left() >= 2} [Accompagner Léo aux Tilleuls, au foyer de jeunes travailleurs # place: habitat] -> leo_tilleuls
* {dossier_dumas && time_left() >= 2} [Accompagner Mme Dumas à la commission d’admission des Toques # place: cfp_cuisine] -> commission
* {not tremplin && time_left() >= 2} [Rendre visite à « Tremplin Stages », pour un stage de Mme Dumas # place: tremplin] -> tremplin -> hub
* {knows_need("karim", "mobilite") && not roule_ma_poule && time_left() >= 2} [Rendre visite à « Roule ma Poule », pour les trajets de M. Haddad # place: mobilite] -> roule_ma_poule -> hub
* {not tilleuls && time_left() >= 2} [Rendre visite aux Tilleuls, pour le logement de Mme Melnyk # place: habitat] -> tilleuls -> hub
* [Entendre séparément Mme Caron et M. Vidal # place: jardins] -> ecoute
+ [Clore la semaine] -> fin

= leo
Léo Martin, 19 ans, capuche sur la tête, un sac de sport à ses pieds : toutes ses affaires. # scene: office # time: 1
Vous lui expliquez ce que vous transmettrez aux Tilleuls et aux Toques, et pourquoi. Il hausse les épaules, puis dit oui. # consent: leo # need: leo logement # agree: leo habitat
La cuisine, j’ai aimé, l’été dernier. Mais je sais pas si c’est pour moi. L’électricité, ça me tente aussi. # speaker: leo # need: leo formation
* [Lui proposer une journée d’immersion aux Toques avant de décider]
    Vous organisez une journée d’immersion en cuisine pour la semaine prochaine. Il décidera après. # score: ethique +2 Proposer de découvrir avant de choisir laisse la décision à la personne : c’est décider avec elle.
    Une journée, OK. Je verrai bien. # speaker: leo # agree: leo cfp_cuisine # refer: leo cfp_cuisine
* (inscrit) [L’inscrire directement au CAP cuisine : vous connaissez Mme Leroy, et il reste de la place]
    Vous appelez les Toques devant lui : c’est réglé en cinq minutes. Léo dit merci, sans lever les yeux. # refer: leo cfp_cuisine # score: ethique -2 Choisir la voie à la place de la personne, même avec les meilleures intentions, c’est décider pour elle et non avec elle.
-
-> hub

= leo_tilleuls
Aux Tilleuls, Mme Petit fait visiter à Léo une chambre du foyer de jeunes travailleurs. Léo regarde la fenêtre, le lit, le petit bureau. # scene: territory # time: 2 # refer: leo habitat
Une chambre se libère en semaine 7. Il me faut son dossier complet : pièce d’identité, ressources, demande d’aide au logement. La dernière fois qu’on m’a promis un dossier, je l’ai attendu un mois. Je l’ai quand ? # speaker: habitat
* [« Dans deux semaines » : Léo a perdu sa carte d’identité, il faut d’abord la refaire]
    Deux semaines, c’est juste, mais c’est honnête. Je garde la chambre. # speaker: habitat # commit: habitat 2 Envoyer le dossier complet de Léo Martin # score: confiance +1 Annoncer un délai réaliste, en expliquant pourquoi : le partenaire peut s’organiser, et la confiance tient.
* [« La semaine prochaine » : la chambre ne doit pas lui échapper]
    La semaine prochaine. Je compte sur vous. # speaker: habitat # commit: habitat 1 Envoyer le dossier complet de Léo Martin
-
-> hub

= commission
Mercredi, commission d’admission aux Toques. Mme Dumas, très droite sur sa chaise, parle du restaurant de sa mère et des plats du dimanche. # scene: territory # time: 2
Admise. Rentrée en septembre. # speaker: cfp_cuisine # mood: happy # solve: dumas formation
{ happened("cfp_session"):
    -> alternance
}
Mme Dumas sort en souriant. Dans le couloir, elle vous serre la main un peu trop fort.
-> hub

= alternance
Il reste aussi des places dans notre nouvelle session en alternance : trois jours au restaurant, deux au centre, et un salaire. Mais il faut un employeur, et des soirs de travail. # speaker: cfp_cuisine
* [Lui présenter les deux voies, avec leurs contraintes, et la laisser choisir]
    Elle réfléchit longtemps, puis pose ses questions : les horaires, la garde, le salaire. # score: ethique +2 Éclairer les options et leurs contraintes, puis laisser la personne choisir : c’est son parcours, pas le vôtre.
* [Lui conseiller fermement l’alternance : c’est payé, elle ne peut pas refuser ça]
    Mme Dumas acquiesce. Vous avez l’impression qu’aujourd’hui, elle dirait oui à tout. # score: ethique -2 Un conseil appuyé devant une commission ressemble à une décision prise à sa place : la personne doit pouvoir peser elle-même les contraintes.
-
{ is_solved("dumas", "garde_enfants") && tremplin.sam:
    Le Bistrot du Marché accepte de la prendre en alternance. Mme Dumas signe : une formation et un emploi, d’un coup. # solve: dumas emploi
  - else:
    Il faudrait à la fois un employeur et une garde le soir : tout n’est pas prêt. Mme Dumas entrera en septembre, en formation classique.
}
-> hub

= ecoute
Vous appelez Mme Caron, puis M. Vidal. # scene: phone # time: 1
Pour des gens éloignés de l’emploi depuis des années, sauter la remobilisation, c’est les mettre en échec au bout d’un mois. # speaker: ccas
Trois mois d’atelier, et le poste sera parti. Travailler, c’est aussi se remobiliser. # speaker: jardins
* [Écouter chacun, reformuler sa position, et annoncer une rencontre à trois]
    Chacun raccroche un peu apaisé : il a été entendu, et il sait que l’autre le sera aussi. # score: conflits +1 Entendre chaque partie séparément, sans trancher, permet de comprendre les positions avant de les réunir.
* [Dire à chacun que vous le comprenez et que vous êtes plutôt de son avis : ça calmera le jeu]
    Chacun raccroche rassuré, et persuadé que vous êtes de son côté. # bond: ccas jardins -5 # score: conflits -2 Donner raison à chacun en privé apaise l’instant et durcit le conflit : tôt ou tard, ils découvriront qu’on leur a dit la même chose.
-
-> hub

= fin
Vendredi. La semaine prochaine, il faudra trancher pour M. Haddad. # week
-> semaine6
