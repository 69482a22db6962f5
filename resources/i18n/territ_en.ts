<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>DayDialog</name>
    <message>
        <source>Ajouter une journée</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <source>Modifier la journée</source>
        <translation>Edit day</translation>
    </message>
    <message>
        <source>Une demi-journée doit finir après son début.</source>
        <translation>A half-day must end after it starts.</translation>
    </message>
    <message>
        <source>Cochez au moins le matin ou l&apos;après-midi.</source>
        <translation>Tick at least the morning or the afternoon.</translation>
    </message>
    <message>
        <source>Journée</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Titre de la journée :</source>
        <translation>Day &amp;title:</translation>
    </message>
    <message>
        <source>Matin :</source>
        <translation>Morning:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Après-midi :</source>
        <translation>Afternoon:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas perdues. Les détails ci-dessous ont été ajoutés au journal {log}; joignez-les si vous signalez le problème.</source>
        <translation>An unexpected error occurred. Your saved data is not lost. The details below have been added to the log {log}; please attach them if you report the problem.</translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>&amp;Copier les détails</source>
        <translation>Co&amp;py details</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Base de données : {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Créer la session</source>
        <translation>Create session</translation>
    </message>
    <message>
        <source>Supprimer définitivement cette session, son programme et ses inscriptions ? Les personnes restent dans l&apos;annuaire. Cette action ne peut pas être annulée.</source>
        <translation>Permanently delete this session, its programme and its enrolments? The people stay in the directory. This cannot be undone.</translation>
    </message>
    <message>
        <source>La langue choisie sera utilisée au prochain démarrage de TERRIT Desktop.</source>
        <translation>The chosen language will be used the next time TERRIT Desktop starts.</translation>
    </message>
    <message>
        <source>Base de données : {db}
Journal : {log}</source>
        <translation>Database: {db}
Log: {log}</translation>
    </message>
    <message>
        <source>TERRIT Desktop {version}

Préparer et animer les formations TERRIT (projets territoriaux de santé), hors ligne.</source>
        <translation>TERRIT Desktop {version}

Prepare and run TERRIT training (territorial health projects), offline.</translation>
    </message>
    <message>
        <source>TERRIT Desktop</source>
        <translation>TERRIT Desktop</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Créer une nouvelle session de formation</source>
        <translation>Create a new training session</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Supprimer la session…</source>
        <translation>&amp;Delete session…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Où sont mes &amp;données ?</source>
        <translation>Where is my &amp;data?</translation>
    </message>
    <message>
        <source>À &amp;propos de TERRIT Desktop</source>
        <translation>&amp;About TERRIT Desktop</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>Donnez un titre à la session.</source>
        <translation>Please give the session a title.</translation>
    </message>
    <message>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>&amp;Titre (tel qu&apos;imprimé) :</source>
        <translation>&amp;Title (as printed):</translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Modifier un·e participant·e</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Ajouter un·e participant·e</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Participant·e</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Structure :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>P&amp;ublic :</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Commune / territoire :</source>
        <translation>&amp;Municipality / area:</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Tous les publics</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <source>{label} : {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>{n} inscrit·e(s)</source>
        <translation>{n} enrolled</translation>
    </message>
    <message>
        <source>Ajouter {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Modifier {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Retirer {n} personne(s) de cette session ? Celles qui ne sont inscrites à aucune autre session sont supprimées de l&apos;annuaire. Ctrl+Z annule.</source>
        <translation>Take {n} person(s) off this session? Those not enrolled in any other session are deleted from the directory. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <source>Retirer {n} personne(s)</source>
        <translation>Remove {n} person(s)</translation>
    </message>
    <message>
        <source>Rechercher (nom, structure, commune, e-mail)…</source>
        <translation>Search (name, organisation, municipality, email)…</translation>
    </message>
    <message>
        <source>&amp;Ajouter…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>Ajouter une séquence</source>
        <translation>Add a programme item</translation>
    </message>
    <message>
        <source>Modifier une séquence</source>
        <translation>Edit programme item</translation>
    </message>
    <message>
        <source>Donnez un titre à la séquence.</source>
        <translation>Please give the item a title.</translation>
    </message>
    <message>
        <source>L&apos;heure de fin doit être après l&apos;heure de début.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Séquence du programme</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>Ti&amp;mes:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Intervenant·e :</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <source>&amp;Salle :</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Thèmes / t&amp;ables (un par ligne) :</source>
        <translation>Themes / t&amp;ables (one per line):</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Ajouter une journée</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une demi-journée dans le programme.</source>
        <translation>First choose a half-day in the programme.</translation>
    </message>
    <message>
        <source>Ajouter « {title} »</source>
        <translation>Add “{title}”</translation>
    </message>
    <message>
        <source>Modifier « {title} »</source>
        <translation>Edit “{title}”</translation>
    </message>
    <message>
        <source>Modifier la journée</source>
        <translation>Edit day</translation>
    </message>
    <message>
        <source>Supprimer « {title} »</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <source>Supprimer toute la journée et son programme ? (Annuler avec Ctrl+Z reste possible.)</source>
        <translation>Delete the whole day and its programme? (Ctrl+Z can still undo it.)</translation>
    </message>
    <message>
        <source>Supprimer la journée du {date}</source>
        <translation>Delete the day of {date}</translation>
    </message>
    <message>
        <source>Déplacer « {title} »</source>
        <translation>Move “{title}”</translation>
    </message>
    <message>
        <source>Ajouter une &amp;journée…</source>
        <translation>Add a &amp;day…</translation>
    </message>
    <message>
        <source>Ajouter une &amp;séquence…</source>
        <translation>Add an &amp;item…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>S&amp;upprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Intervenant·e</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Journée {n} — {date}</source>
        <translation>Day {n} — {date}</translation>
    </message>
    <message>
        <source>{heading} : {title}</source>
        <translation>{heading}: {title}</translation>
    </message>
</context>
<context>
    <name>SessionInfoTab</name>
    <message>
        <source>Modifier la session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Changer les formateur·rices</source>
        <translation>Change trainers</translation>
    </message>
    <message>
        <source>&amp;Titre (tel qu&apos;imprimé) :</source>
        <translation>&amp;Title (as printed):</translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>Ve&amp;nue:</translation>
    </message>
    <message>
        <source>&amp;Adresse du lieu :</source>
        <translation>Venue &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Organisme organisateur :</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>Adresse de l&apos;o&amp;rganisme :</source>
        <translation>Organise&amp;r&apos;s address:</translation>
    </message>
    <message>
        <source>&amp;Financeurs (un par ligne) :</source>
        <translation>F&amp;unders (one per line):</translation>
    </message>
    <message>
        <source>&amp;Capacité de la salle :</source>
        <translation>Room &amp;capacity:</translation>
    </message>
    <message>
        <source>non précisée</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source> places</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>A&amp;nnuler les changements</source>
        <translation>D&amp;iscard changes</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Formateur·rices et intervenant·es</source>
        <translation>Trainers and speakers</translation>
    </message>
    <message>
        <source>Cochez les personnes qui animent cette session : elles figurent sur les feuilles d&apos;émargement.</source>
        <translation>Tick the people who run this session: they appear on the sign-in sheets.</translation>
    </message>
    <message>
        <source>Ajouter une personne…</source>
        <translation>Add a person…</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Inscrit·es</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>à programmer</source>
        <translation>to be scheduled</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <source>&lt;b&gt;Sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sessions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filtrer les sessions…</source>
        <translation>Filter sessions…</translation>
    </message>
    <message>
        <source>Nouvelle session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Choisissez une session dans la liste, ou créez-en une avec « Nouvelle session ».</source>
        <translation>Choose a session from the list, or create one with “New session”.</translation>
    </message>
</context>
<context>
    <name>TrainerDialog</name>
    <message>
        <source>Le nom est obligatoire.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>Formateur·rice ou intervenant·e</source>
        <translation>Trainer or speaker</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Structure :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Élu·e</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <source>Coordinateur·rice CLS, ASV, CLSM</source>
        <translation>CLS, ASV or CLSM coordinator</translation>
    </message>
    <message>
        <source>Chef·fe de projet politique de la ville</source>
        <translation>Urban policy project lead</translation>
    </message>
    <message>
        <source>Professionnel·le ARS, DRJSCS, DDCS</source>
        <translation>ARS, DRJSCS or DDCS professional</translation>
    </message>
    <message>
        <source>Professionnel·le associatif·ve</source>
        <translation>Non-profit professional</translation>
    </message>
    <message>
        <source>Citoyen·ne, usager·ère</source>
        <translation>Citizen, service user</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Travail en petits groupes / atelier</source>
        <translation>Small-group work / workshop</translation>
    </message>
    <message>
        <source>Exposé d&apos;expert</source>
        <translation>Expert talk</translation>
    </message>
    <message>
        <source>Étude de cas</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>Échange de pratiques</source>
        <translation>Exchange of practices</translation>
    </message>
    <message>
        <source>Débat</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Matin</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Après-midi</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Module de formation</source>
        <translation>Training module</translation>
    </message>
    <message>
        <source>Cycle de journées d&apos;étude</source>
        <translation>Cycle of study days</translation>
    </message>
    <message>
        <source>Journée d&apos;étude</source>
        <translation>Study day</translation>
    </message>
    <message>
        <source>Responsable du module</source>
        <translation>Module lead</translation>
    </message>
    <message>
        <source>Formateur·rice</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Intervenant·e</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent·e</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excusé·e</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Partiellement présent·e</source>
        <translation>Partly present</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>TERRIT Desktop</source>
        <translation>TERRIT Desktop</translation>
    </message>
</context>
</TS>
