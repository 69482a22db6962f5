<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AttendanceExports</name>
    <message>
        <source>Feuilles d&apos;émargement vierges…</source>
        <translation>Blank sign-in sheets…</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement remplies…</source>
        <translation>Filled sign-in sheets…</translation>
    </message>
    <message>
        <source>Présences pour le financeur (Excel/CSV)…</source>
        <translation>Attendance for the funder (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Attestations (un seul PDF)…</source>
        <translation>Attendance certificates (one PDF)…</translation>
    </message>
    <message>
        <source>Attestations (un fichier par personne)…</source>
        <translation>Attendance certificates (one file per person)…</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrer les feuilles d&apos;émargement vierges</source>
        <translation>Save the blank sign-in sheets</translation>
    </message>
    <message>
        <source>emargement-vierge-{stem}.pdf</source>
        <translation>blank-sign-in-sheets-{stem}.pdf</translation>
    </message>
    <message>
        <source>Enregistrer les feuilles d&apos;émargement remplies</source>
        <translation>Save the filled sign-in sheets</translation>
    </message>
    <message>
        <source>emargement-{stem}.pdf</source>
        <translation>sign-in-sheets-{stem}.pdf</translation>
    </message>
    <message>
        <source>Enregistrer les présences pour le financeur</source>
        <translation>Save the attendance for the funder</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>presences-{stem}.xlsx</source>
        <translation>attendance-{stem}.xlsx</translation>
    </message>
    <message>
        <source>Enregistrer les attestations de présence</source>
        <translation>Save the attendance certificates</translation>
    </message>
    <message>
        <source>attestations-{stem}.pdf</source>
        <translation>attendance-certificates-{stem}.pdf</translation>
    </message>
    <message>
        <source>Dossier où enregistrer une attestation par personne</source>
        <translation>Folder for one certificate per person</translation>
    </message>
    <message>
        <source>{n} attestation(s) enregistrée(s) dans « {folder} ». Ouvrir le dossier ?</source>
        <translation>{n} certificate(s) saved in “{folder}”. Open the folder?</translation>
    </message>
    <message>
        <source>Aucune attestation : personne n&apos;a de présence enregistrée.</source>
        <translation>No certificate: nobody has any attendance recorded.</translation>
    </message>
    <message>
        <source>« {name} » est enregistré. L&apos;ouvrir maintenant ?</source>
        <translation>“{name}” is saved. Open it now?</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Pas de statut : tapez P, A, E ou H (présence partielle)</source>
        <translation>No status: type P, A, E or H (partly present)</translation>
    </message>
    <message>
        <source>De {arrival} à {departure} ({hours})</source>
        <translation>From {arrival} to {departure} ({hours})</translation>
    </message>
    <message>
        <source>Signé sur l&apos;ordinateur le {date} à {time}</source>
        <translation>Signed on this computer on {date} at {time}</translation>
    </message>
    <message>
        <source>Heures suivies / heures prévues sur toute la session</source>
        <translation>Hours attended / hours planned over the whole session</translation>
    </message>
    <message>
        <source>{present} présent·e(s), dont {partial} partiellement ; {absent} absent·e(s), {excused} excusé·e(s), {missing} sans statut</source>
        <translation>{present} present, {partial} of them partly; {absent} absent, {excused} excused, {missing} without a status</translation>
    </message>
    <message>
        <source>Heures suivies par l&apos;ensemble des participant·es</source>
        <translation>Hours attended by all participants</translation>
    </message>
    <message>
        <source>Présent·es</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Heures suivies</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source> (sans inscription)</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <source>Venu·e sans inscription</source>
        <translation>Came without registering</translation>
    </message>
    <message>
        <source>Heures
suivies / prévues</source>
        <translation>Hours
attended / planned</translation>
    </message>
    <message>
        <source>{date} {period}, {start} – {end}</source>
        <translation>{date} {period}, {start} – {end}</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Nouvelle personne…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Personne déjà dans l&apos;annuaire…</source>
        <translation>Someone already in the directory…</translation>
    </message>
    <message>
        <source>Effacer le statut	Suppr</source>
        <translation>Clear the status	Del</translation>
    </message>
    <message>
        <source>Effacer le statut</source>
        <translation>Clear the status</translation>
    </message>
    <message>
        <source>Une présence partielle se saisit pour une seule demi-journée à la fois : sélectionnez des cases d&apos;une seule colonne.</source>
        <translation>A partial attendance is entered for one half-day at a time: select cells of a single column.</translation>
    </message>
    <message>
        <source>{n} personnes</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{status} : {name}, {half_day}</source>
        <translation>{status}: {name}, {half_day}</translation>
    </message>
    <message>
        <source>{status} : {n} cases</source>
        <translation>{status}: {n} cells</translation>
    </message>
    <message>
        <source>Tout le monde a déjà un statut pour le {half_day}.</source>
        <translation>Everyone already has a status for {half_day}.</translation>
    </message>
    <message>
        <source>Tous présents : {half_day}</source>
        <translation>All present: {half_day}</translation>
    </message>
    <message>
        <source>Tous présents pour cette demi-journée</source>
        <translation>All present for this half-day</translation>
    </message>
    <message>
        <source>Émargement sur l&apos;ordinateur…</source>
        <translation>Sign-in on this computer…</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>&amp;Demi-journée :</source>
        <translation>&amp;Half-day:</translation>
    </message>
    <message>
        <source>&amp;Tous présents</source>
        <translation>&amp;All present</translation>
    </message>
    <message>
        <source>Marquer présentes toutes les personnes sans statut pour cette demi-journée ; corrigez ensuite les exceptions</source>
        <translation>Mark everyone without a status present for this half-day; then correct the exceptions</translation>
    </message>
    <message>
        <source>&amp;Venu·e sans inscription…</source>
        <translation>&amp;Walk-in…</translation>
    </message>
    <message>
        <source>Inscrire une personne venue sans inscription et la marquer présente pour cette demi-journée</source>
        <translation>Enrol someone who came without registering and mark them present for this half-day</translation>
    </message>
    <message>
        <source>Émargement sur l&apos;&amp;ordinateur…</source>
        <translation>Sign-in on this &amp;computer…</translation>
    </message>
    <message>
        <source>Faire signer les participant·es et les formateur·rices sur cet ordinateur, en plein écran</source>
        <translation>Have participants and trainers sign on this computer, full screen</translation>
    </message>
    <message>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Feuilles d&apos;émargement, présences pour le financeur, attestations</source>
        <translation>Sign-in sheets, attendance for the funder, attendance certificates</translation>
    </message>
    <message>
        <source>Cette session n&apos;a pas encore de journée : ajoutez-en dans l&apos;onglet Programme.</source>
        <translation>This session has no day yet: add some in the Programme tab.</translation>
    </message>
    <message>
        <source>P présent·e · A absent·e · E excusé·e · PP partiellement présent·e (heures) · ✎ signé sur l&apos;ordinateur. Sélectionnez des cases puis tapez P, A, E, H (heures d&apos;arrivée et de départ) ou Suppr ; clic droit pour le menu.</source>
        <translation>P present · A absent · E excused · PP partly present (hours) · ✎ signed on this computer. Select cells, then type P, A, E, H (arrival and departure times) or Del; right-click for the menu.</translation>
    </message>
</context>
<context>
    <name>AttendanceWalkIn</name>
    <message>
        <source>Venu·e sans inscription : nouvelle personne</source>
        <translation>Walk-in: new person</translation>
    </message>
    <message>
        <source>Venu·e sans inscription : {name}</source>
        <translation>Walk-in: {name}</translation>
    </message>
    <message>
        <source>Venu·e sans inscription : personne de l&apos;annuaire</source>
        <translation>Walk-in: someone in the directory</translation>
    </message>
    <message>
        <source>Venu·es sans inscription : {n} personnes</source>
        <translation>Walk-ins: {n} people</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>avant la mise à jour du schéma {revision}</source>
        <translation>before schema upgrade {revision}</translation>
    </message>
    <message>
        <source>automatique (quotidienne)</source>
        <translation>automatic (daily)</translation>
    </message>
    <message>
        <source>manuelle</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>avant l&apos;anonymisation (RGPD)</source>
        <translation>before anonymisation (GDPR)</translation>
    </message>
    <message>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dossier : {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Cette base est sur un serveur : utilisez les sauvegardes du serveur (pg_dump).</source>
        <translation>This database is on a server: use the server&apos;s backups (pg_dump).</translation>
    </message>
    <message>
        <source>Sauvegarde faite : {file}</source>
        <translation>Backup made: {file}</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Remplacer la base actuelle par la sauvegarde du {what} ?

La base actuelle est d&apos;abord sauvegardée : vous pourrez y revenir depuis cette liste. Les annulations en attente (Ctrl+Z) seront oubliées.</source>
        <translation>Replace the current database with the backup of {what}?

The current database is backed up first: you can go back to it from this list. Pending undo steps (Ctrl+Z) will be forgotten.</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>La base remplacée a été sauvegardée ({file}).</source>
        <translation>The replaced database was backed up ({file}).</translation>
    </message>
    <message>
        <source>Exporter la sauvegarde</source>
        <translation>Export the backup</translation>
    </message>
    <message>
        <source>Sauvegarde copiée : {file}</source>
        <translation>Backup copied: {file}</translation>
    </message>
    <message>
        <source>Supprimer définitivement la sauvegarde du {date} ?</source>
        <translation>Delete the backup of {date} for good?</translation>
    </message>
    <message>
        <source>{count} sauvegarde(s) supprimée(s).</source>
        <translation>{count} backup(s) deleted.</translation>
    </message>
    <message>
        <source>Sauvegarde automatique faite.</source>
        <translation>Automatic backup made.</translation>
    </message>
    <message>
        <source>La sauvegarde automatique a échoué : {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <source>Sauvegardes de la base</source>
        <translation>Database backups</translation>
    </message>
    <message>
        <source>Une copie de la base est faite au démarrage si la dernière date de plus d&apos;un jour, avant chaque mise à jour du schéma, avant une restauration et avant l&apos;anonymisation des données. Restaurer une sauvegarde remplace la base actuelle, qui est d&apos;abord sauvegardée elle aussi.</source>
        <translation>A copy of the database is made at start-up when the last one is more than a day old, before every schema upgrade, before a restore and before data is anonymised. Restoring a backup replaces the current database, which is backed up first too.</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restaurer…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Exporter vers…</source>
        <translation>&amp;Export to…</translation>
    </message>
    <message>
        <source>Copier la sauvegarde choisie ailleurs (clé USB, disque externe)</source>
        <translation>Copy the chosen backup elsewhere (USB key, external disk)</translation>
    </message>
    <message>
        <source>Su&amp;pprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Restaurer &amp;depuis un fichier…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <source>Sauvegardes gardées</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>une par &amp;jour, pendant</source>
        <translation>one a da&amp;y, for</translation>
    </message>
    <message>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <source>puis une par se&amp;maine, pendant</source>
        <translation>then one a &amp;week, for</translation>
    </message>
    <message>
        <source> sem.</source>
        <translation> wk</translation>
    </message>
    <message>
        <source>puis une par m&amp;ois, pendant</source>
        <translation>then one a &amp;month, for</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mo</translation>
    </message>
    <message>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
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
    <name>DirectoryWindow</name>
    <message>
        <source>Tous les publics</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <source>Toutes les sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>{shown} personne(s) affichée(s) sur {total}.</source>
        <translation>{shown} of {total} people shown.</translation>
    </message>
    <message>
        <source>Ces personnes sont déjà inscrites.</source>
        <translation>These people are already enrolled.</translation>
    </message>
    <message>
        <source>Aucune des personnes sélectionnées n&apos;est inscrite.</source>
        <translation>None of the selected people is enrolled.</translation>
    </message>
    <message>
        <source>Désinscrire {n} personne(s)</source>
        <translation>Unenrol {n} person(s)</translation>
    </message>
    <message>
        <source>Fusionner ces deux fiches ?

Fiche gardée : {keep}
Fiche supprimée : {other}

Les champs vides de la fiche gardée sont complétés ; les inscriptions et les présences de l&apos;autre fiche lui sont rattachées. Ctrl+Z annule.</source>
        <translation>Merge these two records?

Record kept: {keep}
Record deleted: {other}

The empty fields of the record kept are filled in; the enrolments and attendance of the other record move to it. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <source>Fusionner {name}</source>
        <translation>Merge {name}</translation>
    </message>
    <message>
        <source>, {n} session(s)</source>
        <translation>, {n} session(s)</translation>
    </message>
    <message>
        <source>Exporter l&apos;annuaire</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <source>annuaire.xlsx</source>
        <translation>directory.xlsx</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Annuaire enregistré : {path}</source>
        <translation>Directory saved: {path}</translation>
    </message>
    <message>
        <source>Annuaire des participants</source>
        <translation>Participant directory</translation>
    </message>
    <message>
        <source>Rechercher (nom, structure, commune, e-mail)…</source>
        <translation>Search (name, organisation, municipality, email)…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>&amp;Fusionner…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Réunir deux fiches de la même personne (sélectionnez-en deux)</source>
        <translation>Join two records of the same person (select two)</translation>
    </message>
    <message>
        <source>&amp;Session :</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>&amp;Inscrire</source>
        <translation>E&amp;nrol</translation>
    </message>
    <message>
        <source>Inscrire les personnes sélectionnées à cette session</source>
        <translation>Enrol the selected people in this session</translation>
    </message>
    <message>
        <source>&amp;Désinscrire</source>
        <translation>&amp;Unenrol</translation>
    </message>
    <message>
        <source>Retirer les personnes sélectionnées de cette session (elles restent dans l&apos;annuaire)</source>
        <translation>Take the selected people off this session (they stay in the directory)</translation>
    </message>
    <message>
        <source>&amp;Exporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Enregistrer les personnes affichées dans un classeur Excel ou un fichier CSV</source>
        <translation>Save the people shown to an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>{chosen} personne(s) sélectionnée(s) sur {total}.</source>
        <translation>{chosen} of {total} people selected.</translation>
    </message>
    <message>
        <source>Sélectionnez au moins une personne à inscrire.</source>
        <translation>Select at least one person to enrol.</translation>
    </message>
    <message>
        <source>Inscrire une personne de l&apos;annuaire</source>
        <translation>Enrol someone from the directory</translation>
    </message>
    <message>
        <source>Les personnes de l&apos;annuaire qui ne sont pas encore inscrites à cette session. Sélectionnez-en une ou plusieurs (Ctrl+clic).</source>
        <translation>The people of the directory not yet enrolled in this session. Select one or more (Ctrl+click).</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Nom, structure, commune, e-mail…</source>
        <translation>Name, organisation, municipality, email…</translation>
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
    <name>EvaluationDialog</name>
    <message>
        <source>Tout à fait</source>
        <translation>Completely</translation>
    </message>
    <message>
        <source>Plutôt</source>
        <translation>Mostly</translation>
    </message>
    <message>
        <source>Peu</source>
        <translation>Not much</translation>
    </message>
    <message>
        <source>Pas du tout</source>
        <translation>Not at all</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Ajoutez une question, puis ses réponses.</source>
        <translation>Add a question, then its answers.</translation>
    </message>
    <message>
        <source>Total : {total} réponse(s) pour {n} répondant·e(s).</source>
        <translation>Total: {total} answer(s) for {n} respondent(s).</translation>
    </message>
    <message>
        <source>« {question} » : une réponse comptée n&apos;a pas de libellé.</source>
        <translation>“{question}”: an answer with a count has no label.</translation>
    </message>
    <message>
        <source>Évaluation de la session</source>
        <translation>Session evaluation</translation>
    </message>
    <message>
        <source>Reportez le bilan des questionnaires papier : le nombre de répondant·es, puis pour chaque question combien de personnes ont choisi chaque réponse. Tout vider puis valider retire l&apos;évaluation.</source>
        <translation>Type in the results of the paper forms: the number of respondents, then for each question how many people chose each answer. Emptying everything and confirming removes the evaluation.</translation>
    </message>
    <message>
        <source>&amp;Répondant·es :</source>
        <translation>&amp;Respondents:</translation>
    </message>
    <message>
        <source>&amp;Questions (double-clic pour modifier l&apos;intitulé) :</source>
        <translation>&amp;Questions (double-click to edit the wording):</translation>
    </message>
    <message>
        <source>Ajouter une q&amp;uestion</source>
        <translation>Add a q&amp;uestion</translation>
    </message>
    <message>
        <source>Supprimer la ques&amp;tion</source>
        <translation>Remove the ques&amp;tion</translation>
    </message>
    <message>
        <source>Ré&amp;ponses à la question choisie :</source>
        <translation>Answers to the c&amp;hosen question:</translation>
    </message>
    <message>
        <source>A&amp;jouter une réponse</source>
        <translation>Add an ans&amp;wer</translation>
    </message>
    <message>
        <source>Supprimer la répo&amp;nse</source>
        <translation>Remove the a&amp;nswer</translation>
    </message>
    <message>
        <source>&amp;Commentaires libres (un par ligne) :</source>
        <translation>Free &amp;comments (one per line):</translation>
    </message>
</context>
<context>
    <name>ExportChecksDialog</name>
    <message>
        <source>Avant d&apos;exporter</source>
        <translation>Before exporting</translation>
    </message>
    <message>
        <source>Un financeur ou un contrôleur pourrait refuser ces documents en l&apos;état. Vérifiez ces points, ou exportez quand même si tout est en ordre.</source>
        <translation>A funder or an auditor could reject these documents as they are. Check these points, or export anyway if everything is in order.</translation>
    </message>
    <message>
        <source>&amp;Exporter quand même</source>
        <translation>&amp;Export anyway</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Jour férié</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Présences à compléter</source>
        <translation>Attendance to complete</translation>
    </message>
    <message>
        <source>Salle trop petite</source>
        <translation>Room too small</translation>
    </message>
    <message>
        <source>Formateur·rice sur deux sessions</source>
        <translation>Trainer on two sessions</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Listes d&apos;inscriptions (*.xlsx *.xlsm *.csv *.txt *.tsv);;Tous les fichiers (*)</source>
        <translation>Registration lists (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Importer des inscriptions</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <source>Importer {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows (Europe occidentale, cp1252)</source>
        <translation>Windows (Western Europe, cp1252)</translation>
    </message>
    <message>
        <source>ISO Latin-9</source>
        <translation>ISO Latin-9</translation>
    </message>
    <message>
        <source>Mac (ancien format)</source>
        <translation>Mac (old format)</translation>
    </message>
    <message>
        <source>UTF-16 (Texte Unicode d&apos;Excel)</source>
        <translation>UTF-16 (Excel Unicode Text)</translation>
    </message>
    <message>
        <source>Point-virgule (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Virgule (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tabulation</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Aucune session (annuaire seulement)</source>
        <translation>No session (directory only)</translation>
    </message>
    <message>
        <source>Toutes les lignes</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Lignes à vérifier</source>
        <translation>Rows to check</translation>
    </message>
    <message>
        <source>Lignes non importées</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>Colonnes ignorées : {names}.</source>
        <translation>Columns ignored: {names}.</translation>
    </message>
    <message>
        <source>Associez une colonne au nom pour voir l&apos;aperçu.</source>
        <translation>Map a column to the last name to see the preview.</translation>
    </message>
    <message>
        <source>{rows} ligne(s) de données : {new} nouvelle(s) fiche(s), {merged} déjà dans l&apos;annuaire, {duplicates} doublon(s), {rejected} non importée(s) (dont {blank} vide(s)).</source>
        <translation>{rows} data row(s): {new} new record(s), {merged} already in the directory, {duplicates} duplicate(s), {rejected} not imported ({blank} of them blank).</translation>
    </message>
    <message>
        <source>Public à choisir pour {n} ligne(s), surlignée(s) : sinon « Autre ».</source>
        <translation>Audience to choose for {n} highlighted row(s); otherwise “Other”.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Choisissez un classeur Excel (.xlsx) ou un fichier CSV</source>
        <translation>Choose an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Lecture :</source>
        <translation>Reading:</translation>
    </message>
    <message>
        <source>F&amp;euille :</source>
        <translation>Sh&amp;eet:</translation>
    </message>
    <message>
        <source>E&amp;ncodage :</source>
        <translation>E&amp;ncoding:</translation>
    </message>
    <message>
        <source>&amp;Séparateur :</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Ligne d&apos;en-&amp;tête :</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <source>&amp;Inscrire dans :</source>
        <translation>Enrol &amp;in:</translation>
    </message>
    <message>
        <source>Colonnes du fichier</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Importée comme</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Aperçu : ce que deviendra chaque ligne</source>
        <translation>Preview: what becomes of each row</translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>P&amp;ublic :</source>
        <translation>A&amp;udience:</translation>
    </message>
    <message>
        <source>Appliquer aux &amp;lignes sélectionnées</source>
        <translation>Apply to selected &amp;lines</translation>
    </message>
    <message>
        <source>Appliquer à t&amp;outes les lignes à compléter</source>
        <translation>Apply t&amp;o all rows to complete</translation>
    </message>
    <message>
        <source>Écarter / &amp;réintégrer</source>
        <translation>E&amp;xclude / include</translation>
    </message>
    <message>
        <source>Ne pas importer les lignes sélectionnées (ou les importer de nouveau)</source>
        <translation>Do not import the selected rows (or import them again)</translation>
    </message>
    <message>
        <source>I&amp;mporter</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportMappingEditor</name>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>NOM Prénom (une seule colonne)</source>
        <translation>LAST NAME First name (one column)</translation>
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
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Commune / territoire</source>
        <translation>Municipality / area</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>— ignorée —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Remarques</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Nouvelle fiche</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Déjà dans l&apos;annuaire : {name}</source>
        <translation>Already in the directory: {name}</translation>
    </message>
    <message>
        <source>Doublon de la ligne {row}</source>
        <translation>Duplicate of row {row}</translation>
    </message>
    <message>
        <source>Ligne vide</source>
        <translation>Blank row</translation>
    </message>
    <message>
        <source>Non importée : {reason}</source>
        <translation>Not imported: {reason}</translation>
    </message>
    <message>
        <source>À choisir</source>
        <translation>To choose</translation>
    </message>
    <message>
        <source>{audience} (choisi)</source>
        <translation>{audience} (chosen)</translation>
    </message>
    <message>
        <source>Public non reconnu : choisissez-le sous le tableau.</source>
        <translation>Audience not recognised: choose it below the table.</translation>
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
        <source>&amp;Importer des inscriptions…</source>
        <translation>&amp;Import registrations…</translation>
    </message>
    <message>
        <source>Importer une liste d&apos;inscriptions (Excel ou CSV) dans la session affichée</source>
        <translation>Import a registration list (Excel or CSV) into the session shown</translation>
    </message>
    <message>
        <source>A&amp;nnuaire des participants</source>
        <translation>Participant &amp;directory</translation>
    </message>
    <message>
        <source>Toutes les personnes connues : rechercher, modifier, inscrire, fusionner, exporter</source>
        <translation>Everyone known: search, edit, enrol, merge, export</translation>
    </message>
    <message>
        <source>Sauve&amp;gardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Sauvegardes de la base : restaurer, exporter vers une clé USB</source>
        <translation>Database backups: restore, export to a USB key</translation>
    </message>
    <message>
        <source>Données &amp;personnelles (RGPD)…</source>
        <translation>&amp;Personal data (GDPR)…</translation>
    </message>
    <message>
        <source>Durées de conservation, archivage, anonymisation, données d&apos;une personne</source>
        <translation>Retention periods, archiving, anonymisation, one person&apos;s data</translation>
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
    <name>MarkdownEditor</name>
    <message>
        <source>Titre</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Titre : « ## » en début de ligne</source>
        <translation>Heading: “## ” at the start of the line</translation>
    </message>
    <message>
        <source>• Liste</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Liste à puces : « - » en début de ligne</source>
        <translation>Bulleted list: “- ” at the start of the line</translation>
    </message>
    <message>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Gras : **texte** (Ctrl+B)</source>
        <translation>Bold: **text** (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Italique : *texte* (Ctrl+I)</source>
        <translation>Italic: *text* (Ctrl+I)</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Afficher ou masquer l&apos;aperçu, tel que la synthèse PDF l&apos;imprimera</source>
        <translation>Show or hide the preview, as the PDF summary will print it</translation>
    </message>
    <message>
        <source>Notes de la table… (## titre, - liste, **gras**, *italique*)</source>
        <translation>Notes of the table… (## heading, - list, **bold**, *italic*)</translation>
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
    <name>NotesSearch</name>
    <message>
        <source>Trouvé dans {n} note(s) de cette session.</source>
        <translation>Found in {n} note(s) of this session.</translation>
    </message>
    <message>
        <source>Aussi dans {n} note(s) d&apos;autres sessions.</source>
        <translation>Also in {n} note(s) of other sessions.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>{title} : choisissez une table, ou ajoutez-en une ci-dessous.</source>
        <translation>{title}: choose a table, or add one below.</translation>
    </message>
    <message>
        <source>Choisissez la synthèse ou une table dans la liste.</source>
        <translation>Choose the synthesis or a table in the list.</translation>
    </message>
    <message>
        <source>Synthèse de la session : ce qui ressort des ateliers</source>
        <translation>Session synthesis: what came out of the workshops</translation>
    </message>
    <message>
        <source>Synthèse… (## titre, - liste, **gras**, *italique*)</source>
        <translation>Synthesis… (## heading, - list, **bold**, *italic*)</translation>
    </message>
    <message>
        <source>{title} — tour {round}, table « {table} »</source>
        <translation>{title} — round {round}, table “{table}”</translation>
    </message>
    <message>
        <source>Notes de la table… (## titre, - liste, **gras**, *italique*)</source>
        <translation>Notes of the table… (## heading, - list, **bold**, *italic*)</translation>
    </message>
    <message>
        <source>Modifié : enregistré en changeant de note, ou avec Ctrl+S.</source>
        <translation>Modified: saved when you move to another note, or with Ctrl+S.</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Non enregistré : le texte reste ici, corrigez-le.</source>
        <translation>Not saved: the text stays here, please correct it.</translation>
    </message>
    <message>
        <source>Modifier la synthèse</source>
        <translation>Edit the synthesis</translation>
    </message>
    <message>
        <source>Notes de « {table} » (tour {round})</source>
        <translation>Notes of “{table}” (round {round})</translation>
    </message>
    <message>
        <source>Modifier l&apos;évaluation</source>
        <translation>Edit the evaluation</translation>
    </message>
    <message>
        <source>Rechercher dans les notes et la synthèse…</source>
        <translation>Search the notes and the synthesis…</translation>
    </message>
    <message>
        <source>É&amp;valuation…</source>
        <translation>E&amp;valuation…</translation>
    </message>
    <message>
        <source>Saisir le bilan des questionnaires de satisfaction (papier)</source>
        <translation>Type in the results of the (paper) satisfaction forms</translation>
    </message>
    <message>
        <source>S&amp;ynthèse de la session (PDF / Excel)…</source>
        <translation>Session s&amp;ummary (PDF / Excel)…</translation>
    </message>
    <message>
        <source>Aperçu puis enregistrement de la synthèse pour les financeurs et partenaires</source>
        <translation>Preview, then save the summary for funders and partners</translation>
    </message>
    <message>
        <source>Autre table ou groupe…</source>
        <translation>Another table or group…</translation>
    </message>
    <message>
        <source>T&amp;our :</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Ajouter une table (ou un tour) à l&apos;atelier choisi, pour y prendre des notes</source>
        <translation>Add a table (or a round) to the chosen workshop, to take notes for it</translation>
    </message>
    <message>
        <source>&amp;Rapporteur·e :</source>
        <translation>&amp;Rapporteur:</translation>
    </message>
    <message>
        <source>Qui a pris les notes de cette table</source>
        <translation>Who took the notes of this table</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enregistrer ces notes (Ctrl+S) ; elles le sont aussi en changeant de note</source>
        <translation>Save these notes (Ctrl+S); they are also saved when you move to another note</translation>
    </message>
</context>
<context>
    <name>NotesTree</name>
    <message>
        <source>Atelier, tour et table</source>
        <translation>Workshop, round and table</translation>
    </message>
    <message>
        <source>Rapporteur·e</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Synthèse de la session</source>
        <translation>Session synthesis</translation>
    </message>
    <message>
        <source>{title} — {date} ({period})</source>
        <translation>{title} — {date} ({period})</translation>
    </message>
    <message>
        <source>{title} · tour {round} · {table}</source>
        <translation>{title} · round {round} · {table}</translation>
    </message>
    <message>
        <source>Tour {round} · {table}</source>
        <translation>Round {round} · {table}</translation>
    </message>
</context>
<context>
    <name>PartialAttendanceDialog</name>
    <message>
        <source>Présence partielle</source>
        <translation>Partial attendance</translation>
    </message>
    <message>
        <source>&amp;Arrivée :</source>
        <translation>&amp;Arrival:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Départ :</source>
        <translation>&amp;Departure:</translation>
    </message>
    <message>
        <source>Temps de présence :</source>
        <translation>Time attended:</translation>
    </message>
    <message>
        <source>{who}
{date} {period}, de {start} à {end}</source>
        <translation>{who}
{date} {period}, from {start} to {end}</translation>
    </message>
    <message>
        <source>L&apos;heure de départ doit être après l&apos;heure d&apos;arrivée.</source>
        <translation>The departure time must be after the arrival time.</translation>
    </message>
    <message>
        <source>Ces heures couvrent toute la demi-journée : choisissez plutôt « Présent·e », ou corrigez l&apos;heure d&apos;arrivée ou de départ.</source>
        <translation>These times cover the whole half-day: choose “Present” instead, or correct the arrival or departure time.</translation>
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
        <source>Modifier {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Inscrire {n} personne(s)</source>
        <translation>Enrol {n} person(s)</translation>
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
    <message>
        <source>&amp;Inscrire une personne de l&apos;annuaire…</source>
        <translation>E&amp;nrol someone from the directory…</translation>
    </message>
    <message>
        <source>Inscrire à cette session une personne déjà connue</source>
        <translation>Enrol someone already known in this session</translation>
    </message>
    <message>
        <source>Im&amp;porter des inscriptions…</source>
        <translation>Im&amp;port registrations…</translation>
    </message>
    <message>
        <source>Importer une liste d&apos;inscriptions (Excel ou CSV) dans cette session</source>
        <translation>Import a registration list (Excel or CSV) into this session</translation>
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
    <name>PrivacyWindow</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>conservée</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>à archiver</source>
        <translation>to archive</translation>
    </message>
    <message>
        <source>archivée</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>anonymisée</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>{years} an(s)</source>
        <translation>{years} year(s)</translation>
    </message>
    <message>
        <source>{funder} : {years} an(s)</source>
        <translation>{funder}: {years} year(s)</translation>
    </message>
    <message>
        <source>Règles : {rules}.</source>
        <translation>Rules: {rules}.</translation>
    </message>
    <message>
        <source>Aucune règle par financeur.</source>
        <translation>No rule per funder.</translation>
    </message>
    <message>
        <source>Archiver « {title} » (fin le {end}, conservée {years} an(s))</source>
        <translation>Archive “{title}” (ended {end}, kept {years} year(s))</translation>
    </message>
    <message>
        <source>Anonymiser {name}</source>
        <translation>Anonymise {name}</translation>
    </message>
    <message>
        <source>Supprimer la fiche de {name} (aucune session, inchangée depuis 3 ans)</source>
        <translation>Delete {name}&apos;s record (no session, unchanged for 3 years)</translation>
    </message>
    <message>
        <source>Rien à archiver ni à anonymiser aujourd&apos;hui.</source>
        <translation>Nothing to archive or anonymise today.</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui : {sessions} session(s) à archiver, {people} personne(s) à anonymiser, {records} fiche(s) à supprimer. Une sauvegarde est faite avant.</source>
        <translation>Today: {sessions} session(s) to archive, {people} person(s) to anonymise, {records} record(s) to delete. A backup is made first.</translation>
    </message>
    <message>
        <source>Données anonymisées le {date}.</source>
        <translation>Data anonymised on {date}.</translation>
    </message>
    <message>
        <source>Inscrit·e à aucune session : sa fiche peut être supprimée.</source>
        <translation>Enrolled in no session: the record can be deleted.</translation>
    </message>
    <message>
        <source>Inscrit·e à {count} session(s), {halves} demi-journée(s) d&apos;émargement enregistrée(s). Conservation jusqu&apos;au {date} au plus tard.</source>
        <translation>Enrolled in {count} session(s), {halves} half-day(s) of attendance recorded. Kept until {date} at the latest.</translation>
    </message>
    <message>
        <source>Archiver les sessions et anonymiser les personnes listées ? Cette action ne peut pas être annulée (une sauvegarde est faite avant). Les annulations en attente (Ctrl+Z) seront oubliées.</source>
        <translation>Archive the sessions and anonymise the people listed? This cannot be undone (a backup is made first). Pending undo steps (Ctrl+Z) will be forgotten.</translation>
    </message>
    <message>
        <source>{sessions} session(s) archivée(s), {people} personne(s) anonymisée(s), {records} fiche(s) supprimée(s).</source>
        <translation>{sessions} session(s) archived, {people} person(s) anonymised, {records} record(s) deleted.</translation>
    </message>
    <message>
        <source>Exporter les données de la personne</source>
        <translation>Export the person&apos;s data</translation>
    </message>
    <message>
        <source>donnees-personnelles.xlsx</source>
        <translation>personal-data.xlsx</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Données exportées : {file}</source>
        <translation>Data exported: {file}</translation>
    </message>
    <message>
        <source>Effacer les données personnelles de {name} ? Cette action ne peut pas être annulée (une sauvegarde est faite avant). Ses présences restent comptées, anonymement.</source>
        <translation>Erase {name}&apos;s personal data? This cannot be undone (a backup is made first). Their attendance still counts, anonymously.</translation>
    </message>
    <message>
        <source>Les données de cette personne ont été effacées.</source>
        <translation>This person&apos;s data has been erased.</translation>
    </message>
    <message>
        <source>Données personnelles (RGPD)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <source>Les feuilles d&apos;émargement servent de preuve pendant la durée de conservation de chaque session (3 ans après sa fin par défaut, davantage si un financeur l&apos;exige). Ensuite la session est archivée (plus modifiable) et ses participant·es sont anonymisé·es : noms remplacés, coordonnées, structure et fonction effacées ; public, commune et présences gardés pour les statistiques.</source>
        <translation>Sign-in sheets are proof for as long as each session is kept (3 years after it ends by default, longer when a funder requires it). Then the session is archived (no longer editable) and its participants are anonymised: names replaced, contact details, organisation and function erased; audience type, commune and attendance kept for the statistics.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Durée de conservation de la session choisie :</source>
        <translation>&amp;Retention period of the chosen session:</translation>
    </message>
    <message>
        <source> an(s)</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Durée exigée par un financeur (la plus longue s&apos;applique)</source>
        <translation>Period required by a funder (the longest applies)</translation>
    </message>
    <message>
        <source>&amp;Financeur :</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <source>Appli&amp;quer</source>
        <translation>App&amp;ly</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>&amp;Archiver et anonymiser…</source>
        <translation>&amp;Archive and anonymise…</translation>
    </message>
    <message>
        <source>Une personne</source>
        <translation>One person</translation>
    </message>
    <message>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>E&amp;xporter ses données…</source>
        <translation>E&amp;xport their data…</translation>
    </message>
    <message>
        <source>Tout ce qui est enregistré sur cette personne, dans un classeur Excel (droit d&apos;accès)</source>
        <translation>Everything recorded about this person, in an Excel workbook (right of access)</translation>
    </message>
    <message>
        <source>Effa&amp;cer ses données…</source>
        <translation>&amp;Erase their data…</translation>
    </message>
    <message>
        <source>Possible seulement si aucune de ses sessions n&apos;est encore conservée comme preuve</source>
        <translation>Only possible when none of their sessions is still kept as proof</translation>
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
    <message>
        <source>&amp;Matériel utilisé :</source>
        <translation>Mat&amp;erials used:</translation>
    </message>
    <message>
        <source>Documents et outils : titres, liens (un par ligne)</source>
        <translation>Documents and tools: titles, links (one per line)</translation>
    </message>
    <message>
        <source>Dér&amp;oulé, études de cas :</source>
        <translation>What happened, &amp;case studies:</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, les cas étudiés</source>
        <translation>What happened, the cases studied</translation>
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
    <name>RotationChangesDialog</name>
    <message>
        <source>Cochez au moins une personne qui arrive ou qui est absente.</source>
        <translation>Tick at least one person who arrives or is missing.</translation>
    </message>
    <message>
        <source>Arrivée tardive ou absence</source>
        <translation>Late arrival or absence</translation>
    </message>
    <message>
        <source>Les tours déjà joués restent tels quels. Les tours suivants sont refaits en déplaçant le moins de monde possible.</source>
        <translation>Rounds already played stay as they are. The next rounds are planned again, moving as few people as possible.</translation>
    </message>
    <message>
        <source>Changer à partir du &amp;tour :</source>
        <translation>Change from &amp;round:</translation>
    </message>
    <message>
        <source>Arrivées (cochez qui arrive)</source>
        <translation>Arrivals (tick who arrives)</translation>
    </message>
    <message>
        <source>Absences (cochez qui ne vient pas ou part)</source>
        <translation>Absences (tick who does not come or leaves)</translation>
    </message>
</context>
<context>
    <name>RotationPlanView</name>
    <message>
        <source>Tour {n}</source>
        <extracomment>Pages before the first round (the settings).</extracomment>
        <translation>Round {n}</translation>
    </message>
    <message>
        <source>Pas encore de répartition : réglez les tables et les tours, puis cliquez sur « Générer ».</source>
        <translation>No seating plan yet: set the tables and rounds, then click “Generate”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; paire(s) se retrouvent</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; pair(s) meet again</translation>
    </message>
    <message>
        <source>une même paire se retrouve &lt;b&gt;{n}&lt;/b&gt; fois au plus</source>
        <translation>a pair meets at most &lt;b&gt;{n}&lt;/b&gt; times</translation>
    </message>
    <message>
        <source>écart au mélange des publics : &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>audience mix deviation: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>retours à un thème : &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>returns to a theme: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>contraintes non respectées : &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>constraints broken: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;optimale : impossible de faire mieux avec ces tables et ces tours&lt;/i&gt;</source>
        <translation>&lt;i&gt;optimal: no plan can do better with these tables and rounds&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Note : {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>↻ n : n voisin·es de table déjà ensemble à un autre tour · glissez une personne vers une autre table pour la déplacer</source>
        <translation>↻ n: n tablemates already together in another round · drag a person to another table to move them</translation>
    </message>
    <message>
        <source>Verrouiller / déverrouiller la sélection</source>
        <translation>Lock / unlock the selection</translation>
    </message>
    <message>
        <source>Verrouiller / déverrouiller la table</source>
        <translation>Lock / unlock the table</translation>
    </message>
    <message>
        <source>Tout déverrouiller</source>
        <translation>Unlock everything</translation>
    </message>
</context>
<context>
    <name>RotationSettingsPanel</name>
    <message>
        <source>Thème</source>
        <extracomment>new instance, undo text, (old, new) table name or None</extracomment>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Ne pas se retrouver ensemble</source>
        <translation>Not sitting together again</translation>
    </message>
    <message>
        <source>Rencontrer le plus de monde</source>
        <translation>Meeting as many people as possible</translation>
    </message>
    <message>
        <source>{person} → {table}</source>
        <translation>{person} → {table}</translation>
    </message>
    <message>
        <source>Renommer la table « {name} »</source>
        <translation>Rename table “{name}”</translation>
    </message>
    <message>
        <source>Places de la table « {name} »</source>
        <translation>Seats at table “{name}”</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Table {n}</translation>
    </message>
    <message>
        <source>Ajouter une table</source>
        <translation>Add a table</translation>
    </message>
    <message>
        <source>Retirer la table « {name} »</source>
        <translation>Remove table “{name}”</translation>
    </message>
    <message>
        <source>Nombre de tours</source>
        <translation>Number of rounds</translation>
    </message>
    <message>
        <source>Objectifs de la répartition</source>
        <translation>Seating goals</translation>
    </message>
    <message>
        <source>Fixer {person} à une table</source>
        <translation>Pin {person} to a table</translation>
    </message>
    <message>
        <source>Ne plus fixer à une table</source>
        <translation>Unpin from a table</translation>
    </message>
    <message>
        <source>Séparer deux personnes</source>
        <translation>Keep two people apart</translation>
    </message>
    <message>
        <source>Ne plus séparer</source>
        <translation>Stop keeping apart</translation>
    </message>
    <message>
        <source>Tables (un thème par table)</source>
        <translation>Tables (one theme per table)</translation>
    </message>
    <message>
        <source>Double-cliquez sur un thème ou un nombre de places pour le modifier ; les tables peuvent avoir des tailles différentes.</source>
        <translation>Double-click a theme or a number of seats to change it; tables may have different sizes.</translation>
    </message>
    <message>
        <source>Retirer la table</source>
        <translation>Remove the table</translation>
    </message>
    <message>
        <source>Tours et objectifs</source>
        <translation>Rounds and goals</translation>
    </message>
    <message>
        <source>Nombre de &amp;tours :</source>
        <translation>Number of &amp;rounds:</translation>
    </message>
    <message>
        <source>&amp;But :</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Séparer les collègues d&apos;une même &amp;structure</source>
        <translation>Separate colleagues from the same &amp;organisation</translation>
    </message>
    <message>
        <source>&amp;World café : personne ne revient à un thème déjà vu</source>
        <translation>&amp;World café: nobody returns to a theme already seen</translation>
    </message>
    <message>
        <source>&amp;Priorité au mélange des publics</source>
        <translation>&amp;Priority to mixing audiences</translation>
    </message>
    <message>
        <source>Cochée : chaque table mélange les publics autant que les effectifs le permettent, quitte à ce que quelques personnes se retrouvent deux fois. Décochée : on évite d&apos;abord les retrouvailles, le mélange passe après.</source>
        <translation>Ticked: every table mixes audiences as evenly as the numbers allow, even if a few people meet twice. Unticked: meeting the same people again is avoided first, the mix comes after.</translation>
    </message>
    <message>
        <source>Animateur·rices fixé·es à une table</source>
        <translation>Facilitators pinned to a table</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>&amp;Fixer</source>
        <translation>P&amp;in</translation>
    </message>
    <message>
        <source>Ne plus fixer</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Personnes à ne jamais asseoir ensemble</source>
        <translation>People never to seat together</translation>
    </message>
    <message>
        <source>S&amp;éparer</source>
        <translation>&amp;Keep apart</translation>
    </message>
</context>
<context>
    <name>RotationsTab</name>
    <message>
        <source> et {n} autre(s)</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>{n} personne(s) à répartir</source>
        <translation>{n} person(s) to seat</translation>
    </message>
    <message>
        <source>absent·es (présences notées) : {names}</source>
        <translation>absent (attendance taken): {names}</translation>
    </message>
    <message>
        <source>pas encore placé·es : {names} (« Générer » ou « Arrivée tardive »)</source>
        <translation>not seated yet: {names} (“Generate” or “Late arrival”)</translation>
    </message>
    <message>
        <source>placé·es mais absent·es : {names}</source>
        <translation>seated but absent: {names}</translation>
    </message>
    <message>
        <source>absent·es au tour {n} : {names}</source>
        <translation>absent in round {n}: {names}</translation>
    </message>
    <message>
        <source>Réglages</source>
        <extracomment>Search budget of &quot;Générer&quot; (tests lower it).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Aucune séquence en petits groupes : ajoutez un atelier au programme.</source>
        <translation>No small-group item: add a workshop to the programme.</translation>
    </message>
    <message>
        <source>Déplacer {names} vers « {table} »</source>
        <translation>Move {names} to “{table}”</translation>
    </message>
    <message>
        <source>Échanger {names}</source>
        <translation>Swap {names}</translation>
    </message>
    <message>
        <source>Recherche… {n} paire(s) se retrouvent</source>
        <translation>Searching… {n} pair(s) meet again</translation>
    </message>
    <message>
        <source>Regénérer le reste</source>
        <translation>Regenerate the rest</translation>
    </message>
    <message>
        <source>Générer la répartition</source>
        <translation>Generate the seating plan</translation>
    </message>
    <message>
        <source>Génération annulée : la répartition n&apos;a pas changé.</source>
        <translation>Generation cancelled: the seating plan has not changed.</translation>
    </message>
    <message>
        <source>Arrivée tardive / absence</source>
        <translation>Late arrival / absence</translation>
    </message>
    <message>
        <source>Imprimer les petits groupes</source>
        <translation>Print the small groups</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Exporter les petits groupes</source>
        <translation>Export the small groups</translation>
    </message>
    <message>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Petits groupes - {title}</source>
        <translation>Small groups - {title}</translation>
    </message>
    <message>
        <source>« {name} » est enregistré. L&apos;ouvrir maintenant ?</source>
        <translation>“{name}” is saved. Open it now?</translation>
    </message>
    <message>
        <source>&amp;Séquence :</source>
        <translation>It&amp;em:</translation>
    </message>
    <message>
        <source>&amp;Arrivée tardive / absence…</source>
        <translation>&amp;Late arrival / absence…</translation>
    </message>
    <message>
        <source>Refaire les tours pas encore joués après une arrivée tardive ou une absence</source>
        <translation>Plan the rounds not yet played again after a late arrival or an absence</translation>
    </message>
    <message>
        <source>&amp;Imprimer (PDF)…</source>
        <translation>&amp;Print (PDF)…</translation>
    </message>
    <message>
        <source>Listes par table, vue d&apos;ensemble, cartes de parcours et chevalets, en PDF</source>
        <translation>Lists per table, overview, route cards and table tents, as PDF</translation>
    </message>
    <message>
        <source>E&amp;xporter (Excel)…</source>
        <translation>E&amp;xport (Excel)…</translation>
    </message>
    <message>
        <source>La répartition dans un classeur Excel</source>
        <translation>The seating plan in an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Verrouiller</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>Verrouiller ou déverrouiller les personnes sélectionnées : elles gardent leur place quand vous regénérez le reste</source>
        <translation>Lock or unlock the selected people: they keep their seat when you regenerate the rest</translation>
    </message>
    <message>
        <source>Verrouiller la &amp;table</source>
        <translation>Lock &amp;table</translation>
    </message>
    <message>
        <source>Verrouiller (ou déverrouiller) toute la table de la personne sélectionnée, pour ce tour</source>
        <translation>Lock (or unlock) the whole table of the selected person, for this round</translation>
    </message>
    <message>
        <source>&amp;Générer</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Répartir à nouveau tout le monde, avec les réglages</source>
        <translation>Seat everyone again, with the settings</translation>
    </message>
    <message>
        <source>&amp;Regénérer le reste</source>
        <translation>&amp;Regenerate the rest</translation>
    </message>
    <message>
        <source>Garder les personnes verrouillées à leur place et répartir à nouveau les autres</source>
        <translation>Keep the locked people in their seats and seat the others again</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RoundTableModel</name>
    <message>
        <source>ÉLU</source>
        <extracomment>Light backgrounds, all readable with black text; the tag tells them apart in greyscale.</extracomment>
        <translation>ELECT</translation>
    </message>
    <message>
        <source>COORD</source>
        <translation>COORD</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>URB</translation>
    </message>
    <message>
        <source>INST</source>
        <translation>INST</translation>
    </message>
    <message>
        <source>ASSO</source>
        <translation>NPO</translation>
    </message>
    <message>
        <source>CIT</source>
        <translation>CIT</translation>
    </message>
    <message>
        <source>AUTRE</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>{table}
{n} / {capacity} places</source>
        <extracomment>round number, people identifiers, target table round number, dragged person, person dropped on</extracomment>
        <translation>{table}
{n} / {capacity} seats</translation>
    </message>
    <message>
        <source>Fixé·e à cette table (animation)</source>
        <translation>Pinned to this table (facilitator)</translation>
    </message>
    <message>
        <source>Verrouillé·e : reste ici si vous regénérez le reste</source>
        <translation>Locked: stays here if you regenerate the rest</translation>
    </message>
    <message>
        <source>↻ Aussi ensemble à un autre tour : {names}</source>
        <translation>↻ Also together in another round: {names}</translation>
    </message>
    <message>
        <source>Déjà ensemble lors d&apos;un atelier précédent : {names}</source>
        <translation>Already together in an earlier workshop: {names}</translation>
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
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Petits groupes</source>
        <translation>Small groups</translation>
    </message>
    <message>
        <source>Notes et synthèse</source>
        <translation>Notes and synthesis</translation>
    </message>
    <message>
        <source>Choisissez une session dans la liste, ou créez-en une avec « Nouvelle session ».</source>
        <translation>Choose a session from the list, or create one with “New session”.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>{date} — {period}, {start} – {end}</source>
        <translation>{date} — {period}, {start} – {end}</translation>
    </message>
    <message>
        <source>{n} / {total} ont signé</source>
        <translation>{n} / {total} have signed</translation>
    </message>
    <message>
        <source>✓ a signé (toucher pour refaire)</source>
        <translation>✓ signed (touch to sign again)</translation>
    </message>
    <message>
        <source>Signature : {name}, {half_day}</source>
        <translation>Signature: {name}, {half_day}</translation>
    </message>
    <message>
        <source>Merci, {name} ! Personne suivante : touchez votre nom.</source>
        <translation>Thank you, {name}! Next person: touch your name.</translation>
    </message>
    <message>
        <source>Quitter l&apos;émargement ? Les signatures déjà validées sont enregistrées.</source>
        <translation>Leave the sign-in? The signatures already validated are saved.</translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Touchez votre nom, puis signez.</source>
        <translation>Touch your name, then sign.</translation>
    </message>
    <message>
        <source>Rechercher votre nom…</source>
        <translation>Search for your name…</translation>
    </message>
    <message>
        <source>Tout le monde a signé. Merci !</source>
        <translation>Everyone has signed. Thank you!</translation>
    </message>
    <message>
        <source>Formateur·rices : signez pour cette demi-journée</source>
        <translation>Trainers: sign for this half-day</translation>
    </message>
    <message>
        <source>Signez dans le cadre avec le doigt, un stylet ou la souris, puis touchez « Valider ».</source>
        <translation>Sign in the box with your finger, a pen or the mouse, then touch “Confirm”.</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <source>Signez ici</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Synthèse de la session — {title}</source>
        <translation>Session summary — {title}</translation>
    </message>
    <message>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>Aperçu : {n} page(s).</source>
        <translation>Preview: {n} page(s).</translation>
    </message>
    <message>
        <source>Seules les {n} premières sont montrées ici.</source>
        <translation>Only the first {n} are shown here.</translation>
    </message>
    <message>
        <source>Aperçu simplifié (le plan du document) : pour voir les pages, installez poppler-utils (pdftoppm). Le PDF enregistré sera complet.</source>
        <translation>Simplified preview (the outline of the document): to see the pages, install poppler-utils (pdftoppm). The saved PDF will be complete.</translation>
    </message>
    <message>
        <source>Aperçu simplifié (le plan du document) : les pages n&apos;ont pas pu être dessinées ({reason}). Le PDF enregistré sera complet.</source>
        <translation>Simplified preview (the outline of the document): the pages could not be drawn ({reason}). The saved PDF will be complete.</translation>
    </message>
    <message>
        <source>Programme réalisé : {halves} demi-journée(s), {items} séquence(s)</source>
        <translation>Programme delivered: {halves} half-day(s), {items} item(s)</translation>
    </message>
    <message>
        <source>Participation : {n} inscrit·e(s)</source>
        <translation>Participation: {n} enrolled</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Tour {round} · {table}</source>
        <translation>Round {round} · {table}</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <source>Évaluation : {n} répondant·e(s), {q} question(s)</source>
        <translation>Evaluation: {n} respondent(s), {q} question(s)</translation>
    </message>
    <message>
        <source>Annexe : liste nominative de {n} participant·e(s)</source>
        <translation>Annex: list of the {n} participant(s) by name</translation>
    </message>
    <message>
        <source>Enregistrer la synthèse en PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrer la synthèse en Excel</source>
        <translation>Save the summary as Excel</translation>
    </message>
    <message>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>synthese-{stem}</source>
        <translation>summary-{stem}</translation>
    </message>
    <message>
        <source>Enregistrement de « {name} »…</source>
        <translation>Saving “{name}”…</translation>
    </message>
    <message>
        <source>« {name} » est enregistré.</source>
        <translation>“{name}” is saved.</translation>
    </message>
    <message>
        <source>« {name} » est enregistré. L&apos;ouvrir maintenant ?</source>
        <translation>“{name}” is saved. Open it now?</translation>
    </message>
    <message>
        <source>Synthèse de la session</source>
        <translation>Session summary</translation>
    </message>
    <message>
        <source>&amp;Inclure la liste nominative des participant·es</source>
        <translation>&amp;Include the list of participants by name</translation>
    </message>
    <message>
        <source>Données personnelles (RGPD) : sans cette case, la synthèse ne contient aucun nom de participant·e. Ne la cochez que si le destinataire en a besoin.</source>
        <translation>Personal data (GDPR): without this box, the summary holds no participant&apos;s name. Tick it only if the recipient needs it.</translation>
    </message>
    <message>
        <source>Enregistrer &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Enregistrer la synthèse en PDF, à imprimer ou à envoyer</source>
        <translation>Save the summary as PDF, to print or to send</translation>
    </message>
    <message>
        <source>Enregistrer E&amp;xcel…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <source>Enregistrer les chiffres, les notes et l&apos;évaluation dans un classeur Excel</source>
        <translation>Save the figures, the notes and the evaluation in an Excel workbook</translation>
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
    <message>
        <source>Impossible d&apos;ouvrir « {path} » : ouvrez-le depuis son dossier.</source>
        <translation>Cannot open “{path}”: open it from its folder.</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {date}</source>
        <translation>Restore the backup of {date}</translation>
    </message>
    <message>
        <source>Repartir d&apos;une base vide</source>
        <translation>Start from an empty database</translation>
    </message>
    <message>
        <source>Quitter sans rien changer</source>
        <translation>Quit without changing anything</translation>
    </message>
</context>
</TS>
