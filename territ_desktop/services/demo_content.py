"""The text of the demo session: a TERRIT cycle of four study days (fictional people)."""

from __future__ import annotations

import datetime as dt

MODULE = {
    "title": "TERRIT",
    "subtitle": "Projets territoriaux de santé : du projet politique à l'action locale",
    "objectives": [
        "Situer la territorialisation de la santé : repères historiques, contextes actuels, "
        "place des collectivités et des autres acteurs face aux déterminants de santé.",
        "Conduire un projet territorial de santé pas à pas : observer, diagnostiquer, "
        "concerter, choisir des priorités, planifier, agir avec les partenaires.",
        "Distinguer les démarches (ASV, CLSM, CLS, CTS, Villes-Santé), leurs liens et leurs "
        "financements.",
        "Préciser le rôle et les compétences d'un·e coordinateur·rice de projet territorial.",
    ],
    "leads": ["Claire Fontaine", "Mehdi Benali"],
    "coordinating_body": "Plateforme ressources santé et territoires (démo)",
    "partners": ["Réseau des villes engagées en santé (démo)", "Collectif santé mentale (démo)"],
    "description": "Module participatif : plénières et travaux en petits groupes alternent, "
    "à partir des expériences des participant·es.",
}

SESSION = {
    "title": "Cycle 2026-2027 « Coordonner un projet territorial de santé » (démonstration)",
    "place_name": "Maison des associations",
    "place_address": "14 rue des Tilleuls, 21000 Dijon",
    "organiser": "Pôle régional ressources santé-ville (démo)",
    "organiser_address": "3 place du Marché, 21000 Dijon",
    "funders": ["Agence régionale de santé (démo)", "Conseil régional (démo)"],
    "room_capacity": 45,
    "description": "Quatre journées d'étude pour les coordinateur·rices et leurs partenaires.",
}

TRAINERS = [
    ("Fontaine", "Claire", "Pôle régional ressources santé-ville (démo)", "responsable"),
    ("Benali", "Mehdi", "Instance régionale d'éducation pour la santé (démo)", "formateur"),
    ("Roussel", "Anne", "Observatoire régional de la santé (démo)", "intervenant"),
]

Times = tuple[dt.time, dt.time]
# kind, title, start, end, speaker, themes (table names of a workshop)
Item = tuple[str, str, str, str, str, list[str]]
DayPlan = tuple[dt.date, str, list[tuple[Times, list[Item]]]]

M = (dt.time(9, 15), dt.time(12, 30))
A = (dt.time(13, 45), dt.time(17, 0))

# (date, title, [(half-day times, [(kind, title, start, end, speaker, themes)])])
DAYS: list[DayPlan] = [
    (
        dt.date(2026, 9, 17),
        "Territoires et santé : d'où partons-nous ?",
        [
            (
                M,
                [
                    ("pleniere", "Accueil, tour de table et attentes", "09:15", "10:00", "", []),
                    (
                        "expose",
                        "Les inégalités sociales de santé vues depuis un quartier",
                        "10:00",
                        "11:00",
                        "Anne Roussel",
                        [],
                    ),
                    (
                        "atelier",
                        "Ateliers : nos territoires en trois mots",
                        "11:15",
                        "12:30",
                        "",
                        [
                            "Accès aux soins et aux droits",
                            "Santé mentale",
                            "Santé des jeunes",
                            "Cadre de vie",
                        ],
                    ),
                ],
            ),
            (
                A,
                [
                    (
                        "etude_de_cas",
                        "Étude de cas : un ASV dans une ville moyenne",
                        "13:45",
                        "15:15",
                        "Mehdi Benali",
                        [],
                    ),
                    ("pleniere", "Restitution et questions", "15:30", "17:00", "", []),
                ],
            ),
        ],
    ),
    (
        dt.date(2026, 11, 12),
        "Du diagnostic aux priorités",
        [
            (
                M,
                [
                    (
                        "expose",
                        "Construire un diagnostic partagé avec les données disponibles",
                        "09:15",
                        "10:30",
                        "Anne Roussel",
                        [],
                    ),
                    (
                        "atelier",
                        "Ateliers : lire un portrait de territoire",
                        "10:45",
                        "12:30",
                        "",
                        [
                            "Accès aux soins et aux droits",
                            "Santé mentale",
                            "Santé des jeunes",
                            "Cadre de vie",
                        ],
                    ),
                ],
            ),
            (
                A,
                [
                    (
                        "echange_pratiques",
                        "Échange de pratiques : associer les habitant·es",
                        "13:45",
                        "15:30",
                        "",
                        [],
                    ),
                    ("debat", "Débat : qui décide des priorités ?", "15:45", "17:00", "", []),
                ],
            ),
        ],
    ),
    (
        dt.date(2027, 1, 14),
        "Les démarches et leurs financements",
        [
            (
                M,
                [
                    (
                        "pleniere",
                        "ASV, CLSM, CLS, CTS : ce qui les distingue, ce qui les relie",
                        "09:15",
                        "10:45",
                        "Claire Fontaine",
                        [],
                    ),
                    (
                        "atelier",
                        "Ateliers : cartographier les dispositifs de mon territoire",
                        "11:00",
                        "12:30",
                        "",
                        [
                            "Accès aux soins et aux droits",
                            "Santé mentale",
                            "Santé des jeunes",
                            "Cadre de vie",
                        ],
                    ),
                ],
            ),
            (
                A,
                [
                    (
                        "etude_de_cas",
                        "Étude de cas : monter un contrat local de santé",
                        "13:45",
                        "15:30",
                        "Mehdi Benali",
                        [],
                    ),
                    ("pleniere", "Synthèse des ateliers", "15:45", "17:00", "", []),
                ],
            ),
        ],
    ),
    (
        dt.date(2027, 3, 11),
        "Le métier de coordinateur·rice",
        [
            (
                M,
                [
                    (
                        "echange_pratiques",
                        "Échange de pratiques : une semaine de coordination",
                        "09:15",
                        "10:30",
                        "",
                        [],
                    ),
                    (
                        "atelier",
                        "Ateliers : compétences et posture",
                        "10:45",
                        "12:30",
                        "",
                        ["Animer un partenariat", "Convaincre les élu·es", "Évaluer", "Durer"],
                    ),
                ],
            ),
            (
                A,
                [
                    (
                        "pleniere",
                        "Synthèse du cycle et perspectives",
                        "13:45",
                        "16:15",
                        "Claire Fontaine",
                        [],
                    ),
                    ("pleniere", "Évaluation et clôture", "16:15", "17:00", "", []),
                ],
            ),
        ],
    ),
]

# last name; first name; organisation; function; audience; commune
PARTICIPANTS = """\
Morel;Isabelle;Ville de Chenôve;Adjointe au maire déléguée à la santé;elu;Chenôve
Garnier;Paul;Ville de Chenôve;Coordinateur ASV;coordinateur;Chenôve
Lambert;Sophie;Ville de Chenôve;Cheffe de projet contrat de ville;politique_ville;Chenôve
Petitjean;Luc;Communauté de communes du Val de Saône;Vice-président;elu;Auxonne
Nguyễn;Thi Mai;Communauté de communes du Val de Saône;Coordinatrice CLS;coordinateur;Auxonne
Kowalski;Łukasz;Association Parenthèse;Éducateur spécialisé;associatif;Dijon
Popescu;Ştefan;Association Parenthèse;Directeur;associatif;Dijon
Bernard;Hélène;Agence régionale de santé (démo);Chargée de mission territoriale;institution;Dijon
Faure;Antoine;Agence régionale de santé (démo);Délégué départemental;institution;Besançon
Mercier;Julie;Ville de Besançon;Coordinatrice CLSM;coordinateur;Besançon
Girard;Nadia;Ville de Besançon;Conseillère municipale;elu;Besançon
Boyer;Thomas;Ville de Besançon;Chef de projet politique de la ville;politique_ville;Besançon
Chevalier;Camille;Maison de santé des Vergers;Infirmière coordinatrice;autre;Montbéliard
Diallo;Aminata;Association Femmes relais;Médiatrice santé;associatif;Montbéliard
Roux;Étienne;Ville de Montbéliard;Coordinateur ASV;coordinateur;Montbéliard
Fournier;Agathe;Ville de Montbéliard;Adjointe aux solidarités;elu;Montbéliard
Blanc;Karim;Direction départementale de la cohésion sociale (démo);Inspecteur;institution;Vesoul
Henry;Marion;Ville de Vesoul;Cheffe de projet politique de la ville;politique_ville;Vesoul
Masson;Yann;Conseil citoyen des Rives;Membre;citoyen;Vesoul
Lefèvre;Odile;Conseil citoyen des Rives;Membre;citoyen;Vesoul
Perrin;Grégoire;Ville de Dole;Coordinateur CLS;coordinateur;Dole
Robin;Élise;Ville de Dole;Maire adjointe;elu;Dole
Clément;Bastien;Mission locale du Jura;Conseiller;associatif;Dole
Gauthier;Lucie;Ville de Mâcon;Coordinatrice CLSM;coordinateur;Mâcon
Muller;Frédéric;Ville de Mâcon;Chef de projet contrat de ville;politique_ville;Mâcon
Dumont;Sandrine;Association Entraide Saône;Animatrice;associatif;Mâcon
Benoît;Rachid;Direction régionale jeunesse et cohésion sociale (démo);Conseiller;institution;Dijon
Rolland;Mathilde;Ville d'Autun;Animatrice santé;coordinateur;Autun
Marchand;Pierre;Ville d'Autun;Conseiller délégué;elu;Autun
Aubert;Fatoumata;Collectif des usagers du Morvan;Représentante;citoyen;Autun
Leroy;Vincent;Centre hospitalier de Sens;Psychiatre;autre;Sens
Colin;Anaïs;Ville de Sens;Coordinatrice ASV;coordinateur;Sens
Vidal;Jérôme;Ville de Sens;Chef de projet politique de la ville;politique_ville;Sens
Carpentier;Nathalie;Association Lien social;Coordinatrice d'activités;associatif;Nevers
Brun;Olivier;Ville de Nevers;Coordinateur CLS;coordinateur;Nevers
Schmitt;Laure;Ville de Nevers;Adjointe à la santé;elu;Nevers
Renaud;Hugo;Habitants du quartier du Banlay;Habitant;citoyen;Nevers
Lemoine;Céline;Agence régionale de santé (démo);Chargée de prévention;institution;Nevers
Barbier;Ines;Ville de Chalon-sur-Saône;Coordinatrice CLSM;coordinateur;Chalon-sur-Saône
Arnaud;Maxime;Ville de Chalon-sur-Saône;Chef de projet politique de la ville;politique_ville;Chalon-sur-Saône
"""

# Attendance of the first two study days (the other two are still to come).
# (last name, status per half-day: P present, A absent, E excused, "HH:MM-HH:MM" partial)
ATTENDANCE_EXCEPTIONS = {
    "Blanc": ("A", "A", "P", "P"),
    "Lefèvre": ("E", "E", "P", "P"),
    "Muller": ("10:05-12:30", "P", "P", "P"),
    "Leroy": ("P", "13:45-15:30", "A", "A"),
    "Schmitt": ("P", "P", "E", "E"),
    "Renaud": ("P", "P", "A", "A"),
    "Popescu": ("P", "P", "9:15-11:00", "P"),
}
WALK_IN = ("Marchetti", "Lina", "Ville de Dijon", "Animatrice santé", "coordinateur", "Dijon")
WALK_IN_FROM_HALF_DAY = 0  # came on the first morning without registering

# Notes of the workshops already held: (day index, table, rapporteur, text).
WORKSHOP_NOTES = [
    (
        0,
        "Accès aux soins et aux droits",
        "Paul Garnier",
        "## Trois mots\n- **renoncement**\n- distance\n- paperasse\n\n"
        "Plusieurs quartiers n'ont plus de médecin traitant disponible ; les habitant·es "
        "renoncent ou vont aux urgences.\n\n## Pistes\n- permanences d'accès aux droits dans les "
        "centres sociaux\n- *médiation en santé* : deux postes à financer",
    ),
    (
        0,
        "Santé mentale",
        "Julie Mercier",
        "## Trois mots\n- isolement\n- stigmatisation\n- réseau\n\n"
        "Le CLSM de Besançon sert d'exemple : une cellule de coordination pour les situations "
        "complexes, qui réunit bailleurs, CMP et élu·es.\n\n## Question ouverte\nComment "
        "associer les personnes concernées sans les exposer ?",
    ),
    (
        0,
        "Santé des jeunes",
        "Bastien Clément",
        "## Trois mots\n- écrans\n- confiance\n- mobilité\n\n"
        "Les jeunes viennent quand le lieu est le leur (mission locale, club sportif).\n- aller "
        "vers plutôt qu'attendre\n- former les animateur·rices aux premiers secours en santé "
        "mentale",
    ),
    (
        0,
        "Cadre de vie",
        "Marion Henry",
        "## Trois mots\n- logement\n- bruit\n- espaces verts\n\n"
        "Le diagnostic en marchant avec le conseil citoyen a fait remonter des priorités que les "
        "données ne montraient pas.",
    ),
    (
        1,
        "Accès aux soins et aux droits",
        "Hélène Bernard",
        "Lecture du portrait de territoire : la part de bénéficiaires de la complémentaire "
        "santé solidaire varie du simple au triple d'un quartier à l'autre.\n\n"
        "- croiser avec les données de la CPAM\n- vérifier les chiffres avec les acteurs de terrain",
    ),
    (
        1,
        "Santé mentale",
        "Gregoire Perrin",
        "Les indicateurs manquent : peu de données à l'échelle infra-communale.\n\n"
        "**Proposition** : un questionnaire court auprès des partenaires du CLSM.",
    ),
]

SYNTHESIS = (
    "## Ce que les deux premières journées ont fait ressortir\n"
    "- Les inégalités d'accès aux soins se lisent d'abord à l'échelle du quartier.\n"
    "- Un diagnostic partagé vaut mieux qu'un diagnostic complet : associer habitant·es et "
    "partenaires dès le début.\n"
    "- La coordination a besoin de temps reconnu et financé.\n\n"
    "## À suivre aux journées 3 et 4\n"
    "- comparer les dispositifs (ASV, CLSM, CLS) et leurs financements\n"
    "- *le métier de coordinateur·rice* : compétences, posture, durée"
)

EVALUATION = {
    "respondents": 34,
    "questions": [
        {
            "text": "Les contenus étaient-ils utiles pour votre pratique ?",
            "answers": [["Tout à fait", 21], ["Plutôt", 11], ["Peu", 2], ["Pas du tout", 0]],
        },
        {
            "text": "L'alternance plénières / ateliers vous a-t-elle convenu ?",
            "answers": [["Tout à fait", 25], ["Plutôt", 8], ["Peu", 1], ["Pas du tout", 0]],
        },
        {
            "text": "Recommanderiez-vous ce cycle à un·e collègue ?",
            "answers": [["Oui", 32], ["Non", 1], ["Sans avis", 1]],
        },
    ],
    "comments": [
        "Plus de temps pour les échanges entre territoires.",
        "Les études de cas étaient très concrètes.",
        "Salle un peu petite l'après-midi.",
    ],
}
