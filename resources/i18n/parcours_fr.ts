<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="21" />
        <source>Nouvelle agence</source>
        <translation>Nouvelle agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="24" />
        <source>Ex. : BXN</source>
        <translation>Ex. : BXN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="27" />
        <source>Ex. : Agence Bordeaux Nord</source>
        <translation>Ex. : Agence Bordeaux Nord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="34" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="35" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="36" />
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>ArrearsModel</name>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="56" />
        <source>Locataire</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="56" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="56" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="56" />
        <source>Dette</source>
        <translation>Dette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="57" />
        <source>Mois de dette</source>
        <translation>Mois de dette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="57" />
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="57" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="58" />
        <source>Prochaine échéance</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="58" />
        <source>Prochaine action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="58" />
        <source>À faire le</source>
        <translation>À faire le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="60" />
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="155" />
        <source>Rechercher : nom, n° de contrat, adresse…</source>
        <translation>Rechercher : nom, n° de contrat, adresse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="161" />
        <source>Toutes les dettes</source>
        <translation>Toutes les dettes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="162" />
        <source>1 mois et plus</source>
        <translation>1 mois et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="163" />
        <source>2 mois et plus (impayé au sens de la CAF)</source>
        <translation>2 mois et plus (impayé au sens de la CAF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="164" />
        <source>3 mois et plus</source>
        <translation>3 mois et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="165" />
        <source>6 mois et plus</source>
        <translation>6 mois et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="169" />
        <source>Tous les dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="170" />
        <source>Sans accord en cours</source>
        <translation>Sans accord en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="171" />
        <source>Accord en vigueur</source>
        <translation>Accord en vigueur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="173" />
        <source>Accord : {status}</source>
        <translation>Accord : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="174" />
        <source>Action à faire</source>
        <translation>Action à faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="201" />
        <source>Actualiser les plans</source>
        <translation>Actualiser les plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="204" />
        <source>Relit les plans en cours à la date du jour : échéances impayées, défaillances, soldes.</source>
        <translation>Relit les plans en cours à la date du jour : échéances impayées, défaillances, soldes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="205" />
        <source>Importer des règlements…</source>
        <translation>Importer des règlements…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="207" />
        <source>Exporter vers Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="209" />
        <source>Accords du dossier…</source>
        <translation>Accords du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="211" />
        <source>Ouvrir le dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="213" />
        <source>Protocole local de crise…</source>
        <translation>Protocole local de crise…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="216" />
        <source>Protocole signé avec les associations de locataires (charte du 4 mai 2020), depuis son modèle modifiable</source>
        <translation>Protocole signé avec les associations de locataires (charte du 4 mai 2020), depuis son modèle modifiable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="237" />
        <source>&lt;h2&gt;Plans d'apurement et impayés&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Plans d'apurement et impayés&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="262" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="312" />
        <source>Aucun dossier</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="314" />
        <source>{n} dossier(s) · dette totale {total}</source>
        <translation>{n} dossier(s) · dette totale {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="371" />
        <source>Exporter la liste des impayés</source>
        <translation>Exporter la liste des impayés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="372" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="378" />
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="380" />
        <source>{n} dossier(s) exporté(s) dans « {name} ».</source>
        <translation>{n} dossier(s) exporté(s) dans « {name} ».</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="336" />
        <source>du jj/mm/aaaa</source>
        <translation>du jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="339" />
        <source>au jj/mm/aaaa</source>
        <translation>au jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="342" />
        <source>utilisateur</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="345" />
        <source>Toutes les actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="350" />
        <source>n° de dossier</source>
        <translation>n° de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="351" />
        <source>Filtrer</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="353" />
        <source>Exporter vers Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="359" />
        <source>Date et heure</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="359" />
        <source>Utilisateur</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="359" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="360" />
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="360" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="360" />
        <source>Avant</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="360" />
        <source>Après</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="366" />
        <source>&lt;h2&gt;Journal d'audit&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal d'audit&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="390" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="394" />
        <source>N° de dossier invalide : attendu un nombre entier.</source>
        <translation>N° de dossier invalide : attendu un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="420" />
        <source>{shown} événements affichés sur {total}</source>
        <translation>{shown} événements affichés sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="423" />
        <source>{n} événement(s)</source>
        <translation>{n} événement(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="434" />
        <source>{n} événement(s) exporté(s) dans « {name} ».</source>
        <translation>{n} événement(s) exporté(s) dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="440" />
        <source>Exporter le journal d'audit</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="442" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="581" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="581" />
        <source>Fichier</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="581" />
        <source>Taille</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="582" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="583" />
        <source>Sauvegarder maintenant</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="585" />
        <source>Restaurer la sauvegarde choisie…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="587" />
        <source>Restaurer un autre fichier…</source>
        <translation>Restaurer un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="598" />
        <source>&lt;h2&gt;Sauvegardes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sauvegardes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="612" />
        <source>Une sauvegarde automatique est faite chaque jour au démarrage, dans « {folder} ».</source>
        <translation>Une sauvegarde automatique est faite chaque jour au démarrage, dans « {folder} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="618" />
        <source>sauvegarde</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="618" />
        <source>avant restauration</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="621" />
        <source>{n} Mo</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="631" />
        <source>Sauvegarde enregistrée : « {name} ».</source>
        <translation>Sauvegarde enregistrée : « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="643" />
        <source>Base restaurée depuis « {name} ». La base d'avant la restauration est conservée dans « {safety} ».</source>
        <translation>Base restaurée depuis « {name} ». La base d'avant la restauration est conservée dans « {safety} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="652" />
        <source>Restauration</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="653" />
        <source>Remplacer toute la base par la sauvegarde « {name} » ? Les modifications faites depuis seront perdues (la base actuelle est d'abord sauvegardée).</source>
        <translation>Remplacer toute la base par la sauvegarde « {name} » ? Les modifications faites depuis seront perdues (la base actuelle est d'abord sauvegardée).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="655" />
        <source>Restaurer</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="665" />
        <source>Restaurer une sauvegarde</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="666" />
        <source>Sauvegarde Parcours (*.sqlite)</source>
        <translation>Sauvegarde Parcours (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="35" />
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="38" />
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="41" />
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="53" />
        <source>Publipostage</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="65" />
        <source>Impression recto verso (chaque courrier commence au recto)</source>
        <translation>Impression recto verso (chaque courrier commence au recto)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="72" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="75" />
        <location filename="../../desktop/ui/batch_dialog.py" line="121" />
        <source>Dossier de sortie</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="88" />
        <source>Lancer le publipostage</source>
        <translation>Lancer le publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="90" />
        <source>Arrêter</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="93" />
        <source>Ouvrir le PDF à imprimer</source>
        <translation>Ouvrir le PDF à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="96" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="145" />
        <source>Préparation…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="162" />
        <source>Arrêt demandé : les courriers terminés sont conservés…</source>
        <translation>Arrêt demandé : les courriers terminés sont conservés…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="169" />
        <source>Rédaction des courriers</source>
        <translation>Rédaction des courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="170" />
        <source>Conversion en PDF</source>
        <translation>Conversion en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="171" />
        <source>Assemblage du PDF à imprimer</source>
        <translation>Assemblage du PDF à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="172" />
        <source> — temps restant estimé : {time}</source>
        <translation> — temps restant estimé : {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="174" />
        <source>{phase} : {done} / {total} courriers{left}</source>
        <translation>{phase} : {done} / {total} courriers{left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="187" />
        <source>Publipostage arrêté : {n} courrier(s) produit(s) et enregistré(s).</source>
        <translation>Publipostage arrêté : {n} courrier(s) produit(s) et enregistré(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="189" />
        <source>Publipostage terminé : {n} courrier(s) produit(s) et enregistré(s).</source>
        <translation>Publipostage terminé : {n} courrier(s) produit(s) et enregistré(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="192" />
        <source>PDF à imprimer : {path}</source>
        <translation>PDF à imprimer : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="194" />
        <source>{n} échec(s) :</source>
        <translation>{n} échec(s) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="196" />
        <source>Dossier {id} {name} : {message}</source>
        <translation>Dossier {id} {name} : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="208" />
        <source>Erreur inattendue : {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="157" />
        <source>Changement de mot de passe</source>
        <translation>Changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="159" />
        <source>Votre mot de passe a été défini par un administrateur : choisissez le vôtre.</source>
        <translation>Votre mot de passe a été défini par un administrateur : choisissez le vôtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="160" />
        <source>Choisissez un nouveau mot de passe.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="164" />
        <source>Mot de passe actuel</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="165" />
        <source>Nouveau mot de passe</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="166" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="170" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>CloseFileDialog</name>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="178" />
        <source>Clore le dossier</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="183" />
        <source>Ex. : départ du locataire, décès, mutation</source>
        <translation>Ex. : départ du locataire, décès, mutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="189" />
        <source>Date de clôture</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="190" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="195" />
        <source>Clore</source>
        <translation>Clore</translation>
    </message>
</context>
<context>
    <name>CrisisProtocolDialog</name>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="403" />
        <source>Protocole local de crise</source>
        <translation>Protocole local de crise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="420" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="429" />
        <source>Enregistrer le document…</source>
        <translation>Enregistrer le document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="431" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="452" />
        <source>Enregistrer le protocole</source>
        <translation>Enregistrer le protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="453" />
        <source>Document Word (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="468" />
        <source>Protocole enregistré : {path}</source>
        <translation>Protocole enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>FilePlansDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1123" />
        <source>Accords de paiement du dossier</source>
        <translation>Accords de paiement du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1128" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1128" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1128" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1128" />
        <source>Dette (€)</source>
        <translation>Dette (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1129" />
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1129" />
        <source>Reste dû (€)</source>
        <translation>Reste dû (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1137" />
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1139" />
        <source>Nouvel accord…</source>
        <translation>Nouvel accord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1142" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="75" />
        <source>Création du compte administrateur</source>
        <translation>Création du compte administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="77" />
        <source>Cette base n'a pas encore d'administrateur. Créez son compte : il gérera les comptes des autres utilisateurs. Choisissez un mot de passe d'au moins {n} caractères mêlant minuscules, majuscules, chiffres ou symboles ; il n'existe aucun mot de passe par défaut.</source>
        <translation>Cette base n'a pas encore d'administrateur. Créez son compte : il gérera les comptes des autres utilisateurs. Choisissez un mot de passe d'au moins {n} caractères mêlant minuscules, majuscules, chiffres ou symboles ; il n'existe aucun mot de passe par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="88" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="89" />
        <source>Nom complet</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="90" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="91" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="92" />
        <source>Créer le compte</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="96" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>FreeFieldsForm</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="181" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="181" />
        <source>ex. 1 234,56</source>
        <translation>ex. 1 234,56</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="182" />
        <source>nombre</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="184" />
        <source>vide : la valeur de chaque dossier</source>
        <translation>vide : la valeur de chaque dossier</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="72" />
        <source>Importer des locataires</source>
        <translation>Importer des locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="94" />
        <source>&lt; Précédent</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="96" />
        <source>Suivant &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="98" />
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="100" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="131" />
        <source>Choisissez le fichier exporté de votre ERP : CSV (séparateur « ; », encodage UTF-8 ou Windows-1252) ou classeur Excel (.xlsx). La première ligne doit contenir les en-têtes de colonnes.

Rien n'est enregistré avant le bouton « Importer » de la dernière étape.</source>
        <translation>Choisissez le fichier exporté de votre ERP : CSV (séparateur « ; », encodage UTF-8 ou Windows-1252) ou classeur Excel (.xlsx). La première ligne doit contenir les en-têtes de colonnes.

Rien n'est enregistré avant le bouton « Importer » de la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="140" />
        <source>Aucun fichier choisi</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="141" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="157" />
        <source>Vérifiez à quelle colonne du fichier correspond chaque champ. Les champs marqués * sont obligatoires.</source>
        <translation>Vérifiez à quelle colonne du fichier correspond chaque champ. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="164" />
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="164" />
        <source>Colonne du fichier</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="164" />
        <source>Exemple (1re ligne)</source>
        <translation>Exemple (1re ligne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="201" />
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="201" />
        <source>Motifs du rejet</source>
        <translation>Motifs du rejet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="217" />
        <source>Étape 1 sur 3 : choisir le fichier</source>
        <translation>Étape 1 sur 3 : choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="218" />
        <source>Étape 2 sur 3 : correspondance des colonnes</source>
        <translation>Étape 2 sur 3 : correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="219" />
        <source>Étape 3 sur 3 : vérification avant import</source>
        <translation>Étape 3 sur 3 : vérification avant import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="246" />
        <source>Choisir l'export de l'ERP</source>
        <translation>Choisir l'export de l'ERP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="247" />
        <source>Exports CSV ou Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Tous les fichiers (*)</source>
        <translation>Exports CSV ou Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="285" />
        <source>(non importé)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="287" />
        <source>{name} (colonne {n})</source>
        <translation>{name} (colonne {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="336" />
        <source>Fichier « {name} » : {total} ligne(s) lue(s).</source>
        <translation>Fichier « {name} » : {total} ligne(s) lue(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="339" />
        <source>{n} dossier(s) prêt(s) à importer.</source>
        <translation>{n} dossier(s) prêt(s) à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="342" />
        <source>Aucune ligne ne peut être importée.</source>
        <translation>Aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="345" />
        <source>{n} ligne(s) rejetée(s), détaillée(s) ci-dessous : elles ne seront pas importées. Corrigez-les dans le fichier puis importez-le de nouveau : les contrats déjà présents seront alors écartés.</source>
        <translation>{n} ligne(s) rejetée(s), détaillée(s) ci-dessous : elles ne seront pas importées. Corrigez-les dans le fichier puis importez-le de nouveau : les contrats déjà présents seront alors écartés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="373" />
        <source>Import des dossiers en cours…</source>
        <translation>Import des dossiers en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="374" />
        <source>Annuler l'import</source>
        <translation>Annuler l'import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="375" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="345" />
        <source>Courrier au locataire</source>
        <translation>Courrier au locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="358" />
        <source>Aperçu</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="360" />
        <source>Produire le courrier</source>
        <translation>Produire le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="363" />
        <source>Ouvrir / imprimer</source>
        <translation>Ouvrir / imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="366" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="376" />
        <source>&lt;b&gt;Aperçu du texte&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu du texte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="405" />
        <source>Production du courrier en cours…</source>
        <translation>Production du courrier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="417" />
        <source> (PDF signé)</source>
        <translation> (PDF signé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="418" />
        <source>Courrier {reference} enregistré{signed} : {path}</source>
        <translation>Courrier {reference} enregistré{signed} : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="428" />
        <source>Erreur inattendue : {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>LetterOptionsBox</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="240" />
        <source>Lettre recommandée avec avis de réception</source>
        <translation>Lettre recommandée avec avis de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="244" />
        <source>n° du recommandé (facultatif)</source>
        <translation>n° du recommandé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="255" />
        <source>PDF prêt à imprimer</source>
        <translation>PDF prêt à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="258" />
        <source>Signer électroniquement le PDF</source>
        <translation>Signer électroniquement le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="271" />
        <source>Modèle</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="273" />
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="275" />
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="115" />
        <source>Connexion à Parcours</source>
        <translation>Connexion à Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="116" />
        <source>Base : {label}</source>
        <translation>Base : {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="121" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="122" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="129" />
        <source>Base de démonstration : comptes {names} ; mot de passe « {password} ».</source>
        <translation>Base de démonstration : comptes {names} ; mot de passe « {password} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="134" />
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69" />
        <source>Parcours — dossiers locataires</source>
        <translation>Parcours — dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80" />
        <source>Dossiers locataires</source>
        <translation>Dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84" />
        <source>Congés</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90" />
        <source>Plans d'apurement</source>
        <translation>Plans d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107" />
        <source>Base : {label}</source>
        <translation>Base : {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108" />
        <source>Utilisateur : {user}</source>
        <translation>Utilisateur : {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>&amp;Nouveau dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140" />
        <source>&amp;Importer des locataires…</source>
        <translation>&amp;Importer des locataires…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142" />
        <source>Nouvelle a&amp;gence…</source>
        <translation>Nouvelle a&amp;gence…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146" />
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150" />
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161" />
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162" />
        <source>&amp;Actualiser</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164" />
        <source>&amp;Congés</source>
        <translation>&amp;Congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>Ouvrir le dossier sélectionné</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168" />
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>À &amp;propos de Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209" />
        <source>Dossier enregistré.</source>
        <translation>Dossier enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242" />
        <source>Congé</source>
        <translation>Congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264" />
        <source>À propos de Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265" />
        <source>&lt;b&gt;Parcours {version}&lt;/b&gt;&lt;br&gt;Back-office des bailleurs sociaux : dossiers locataires, congés, plans d'apurement, CALEOL, campagnes.</source>
        <translation>&lt;b&gt;Parcours {version}&lt;/b&gt;&lt;br&gt;Back-office des bailleurs sociaux : dossiers locataires, congés, plans d'apurement, CALEOL, campagnes.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="102" />
        <source>Congé</source>
        <extracomment>A notice of this tenant file changed (household id).</extracomment>
        <translation>Congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="103" />
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="104" />
        <source>Sortie et dépôt de garantie</source>
        <translation>Sortie et dépôt de garantie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="106" />
        <source>Nouveau congé</source>
        <translation>Nouveau congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="108" />
        <source>Enregistrer un nouveau congé (le précédent est retiré)</source>
        <translation>Enregistrer un nouveau congé (le précédent est retiré)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="110" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="138" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="158" />
        <source>Justificatif reçu</source>
        <translation>Justificatif reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="170" />
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="174" />
        <source>Mode de remise</source>
        <translation>Mode de remise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="175" />
        <source>Envoyé le</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="176" />
        <source>Première présentation le</source>
        <translation>Première présentation le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="177" />
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="178" />
        <source>Départ souhaité le</source>
        <translation>Départ souhaité le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="179" />
        <source>Motif de préavis réduit</source>
        <translation>Motif de préavis réduit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="180" />
        <source>Justificatif</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="182" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="184" />
        <source>Le préavis court à compter de la réception : date de signature de l'accusé de réception, de l'acte du commissaire de justice ou de la remise en main propre.</source>
        <translation>Le préavis court à compter de la réception : date de signature de l'accusé de réception, de l'acte du commissaire de justice ou de la remise en main propre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="189" />
        <location filename="../../desktop/ui/notice_dialog.py" line="476" />
        <source>Enregistrer le congé</source>
        <translation>Enregistrer le congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="202" />
        <source>Comment le préavis a été compté</source>
        <translation>Comment le préavis a été compté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="241" />
        <location filename="../../desktop/ui/notice_dialog.py" line="273" />
        <source>Décidé le</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="241" />
        <location filename="../../desktop/ui/notice_dialog.py" line="271" />
        <source>Décision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="241" />
        <location filename="../../desktop/ui/notice_dialog.py" line="272" />
        <source>Décidé par</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="241" />
        <location filename="../../desktop/ui/notice_dialog.py" line="274" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="242" />
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="242" />
        <source>Saisi par</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="250" />
        <source>Nouvelle décision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="261" />
        <source>Ex. : confinement, déménagement impossible</source>
        <translation>Ex. : confinement, déménagement impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="277" />
        <source>Nouvelle date de départ</source>
        <translation>Nouvelle date de départ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="278" />
        <source>Convention signée le</source>
        <translation>Convention signée le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="281" />
        <location filename="../../desktop/ui/notice_dialog.py" line="320" />
        <source>Clés rendues le</source>
        <translation>Clés rendues le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="282" />
        <location filename="../../desktop/ui/notice_dialog.py" line="321" />
        <source>Mode de remise des clés</source>
        <translation>Mode de remise des clés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="283" />
        <location filename="../../desktop/ui/notice_dialog.py" line="319" />
        <source>État des lieux prévu le</source>
        <translation>État des lieux prévu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="293" />
        <source>Enregistrer la décision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="309" />
        <source>Conforme à l'état des lieux d'entrée (dépôt à restituer sous 1 mois)</source>
        <translation>Conforme à l'état des lieux d'entrée (dépôt à restituer sous 1 mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="317" />
        <source>État des lieux de sortie le</source>
        <translation>État des lieux de sortie le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="322" />
        <source>Enregistrer la sortie</source>
        <translation>Enregistrer la sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="327" />
        <source>Dépôt de garantie</source>
        <translation>Dépôt de garantie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="332" />
        <source>Enregistrer la restitution</source>
        <translation>Enregistrer la restitution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="337" />
        <source>Restitué le</source>
        <translation>Restitué le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="355" />
        <source>Congé de {name}</source>
        <translation>Congé de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="356" />
        <source>&lt;h2&gt;Congé — {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Congé — {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="367" />
        <source>nouveau congé</source>
        <translation>nouveau congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="384" />
        <location filename="../../desktop/ui/notice_dialog.py" line="446" />
        <source>Le dépôt de garantie est à restituer à compter du retour des clés.</source>
        <translation>Le dépôt de garantie est à restituer à compter du retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="391" />
        <source>{contract} · {address} · congé {status} · modifié par {user} le {when}</source>
        <translation>{contract} · {address} · congé {status} · modifié par {user} le {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="415" />
        <source>départ le {date}</source>
        <translation>départ le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="417" />
        <source> ; convention signée le {date}</source>
        <translation> ; convention signée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="420" />
        <source>clés le {date}</source>
        <translation>clés le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="422" />
        <source> ; état des lieux prévu le {date}</source>
        <translation> ; état des lieux prévu le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="450" />
        <source>{months} mois après le retour des clés, en attendant l'état des lieux de sortie</source>
        <translation>{months} mois après le retour des clés, en attendant l'état des lieux de sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="453" />
        <source>1 mois : état des lieux de sortie conforme à l'entrée</source>
        <translation>1 mois : état des lieux de sortie conforme à l'entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="455" />
        <source>{months} mois après le retour des clés</source>
        <translation>{months} mois après le retour des clés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="456" />
        <source>À restituer au plus tard le {date} ({why}).</source>
        <translation>À restituer au plus tard le {date} ({why}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="459" />
        <source>Restitué le {date}.</source>
        <translation>Restitué le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="461" />
        <source>Pénalité de retard : {amount}.</source>
        <translation>Pénalité de retard : {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="477" />
        <source>Enregistrer les modifications</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="515" />
        <source>Aucun justificatif : l'adresse du logement suffit.</source>
        <translation>Aucun justificatif : l'adresse du logement suffit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="517" />
        <source>Attention : le bail n'indique pas de zone tendue.</source>
        <translation>Attention : le bail n'indique pas de zone tendue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="519" />
        <source>Justificatif habituel : {proof}. Sans justificatif, le préavis de 3 mois s'applique.</source>
        <translation>Justificatif habituel : {proof}. Sans justificatif, le préavis de 3 mois s'applique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="586" />
        <source>Aperçu : rien n'est enregistré tant que vous n'avez pas cliqué sur « Enregistrer ».</source>
        <translation>Aperçu : rien n'est enregistré tant que vous n'avez pas cliqué sur « Enregistrer ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="589" />
        <source>Saisissez la date de réception du congé.</source>
        <translation>Saisissez la date de réception du congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="594" />
        <source>&lt;b&gt;Fin du préavis : {date}&lt;/b&gt; ({months} mois)</source>
        <translation>&lt;b&gt;Fin du préavis : {date}&lt;/b&gt; ({months} mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="597" />
        <source>&lt;b&gt;Départ reporté au {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Départ reporté au {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="602" />
        <source>Justificatif manquant : fin le {date} s'il est fourni et accepté.</source>
        <translation>Justificatif manquant : fin le {date} s'il est fourni et accepté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="619" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="633" />
        <source>Indiquez la date de réception du justificatif.</source>
        <translation>Indiquez la date de réception du justificatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="681" />
        <source>Modification concurrente</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="683" />
        <source>Recharger le congé</source>
        <translation>Recharger le congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="685" />
        <source>Garder ma saisie</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="702" />
        <location filename="../../desktop/ui/notice_dialog.py" line="735" />
        <location filename="../../desktop/ui/notice_dialog.py" line="782" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="753" />
        <source>Retrait du congé</source>
        <translation>Retrait du congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="754" />
        <source>Enregistrer le retrait de ce congé ? Le locataire reste dans les lieux.</source>
        <translation>Enregistrer le retrait de ce congé ? Le locataire reste dans les lieux.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="756" />
        <source>Enregistrer le retrait</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="758" />
        <source>Ne rien changer</source>
        <translation>Ne rien changer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="817" />
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="820" />
        <source>Produire un courrier de congé à partir de son modèle (enregistré au registre des courriers et dans la chronologie du dossier)</source>
        <translation>Produire un courrier de congé à partir de son modèle (enregistré au registre des courriers et dans la chronologie du dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="824" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="829" />
        <source>Ouvrir le courrier</source>
        <translation>Ouvrir le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="859" />
        <source>Production du courrier en cours…</source>
        <translation>Production du courrier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="870" />
        <source>Courrier {reference} enregistré.</source>
        <translation>Courrier {reference} enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="884" />
        <source>Erreur inattendue : {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>NoticeListPage</name>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="54" />
        <source>Congés en cours</source>
        <extracomment>notice id, household id</extracomment>
        <translation>Congés en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="55" />
        <source>Congés retirés</source>
        <translation>Congés retirés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="56" />
        <source>Congés terminés</source>
        <translation>Congés terminés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="57" />
        <source>Tous les congés</source>
        <translation>Tous les congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="58" />
        <source>Départ ce mois-ci</source>
        <translation>Départ ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="60" />
        <source>Justificatif manquant</source>
        <translation>Justificatif manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="62" />
        <source>Dépôt de garantie en retard</source>
        <translation>Dépôt de garantie en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="64" />
        <source>Exporter vers Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="70" />
        <source>Locataire</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="70" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="70" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="71" />
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="71" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="71" />
        <source>Préavis</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="71" />
        <source>Fin du préavis</source>
        <translation>Fin du préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="72" />
        <source>Départ</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="72" />
        <source>Dépôt avant le</source>
        <translation>Dépôt avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="72" />
        <source>Alertes</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="152" />
        <source>justificatif manquant</source>
        <translation>justificatif manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="153" />
        <source>Fin le {date} si le justificatif est fourni</source>
        <translation>Fin le {date} si le justificatif est fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="70" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="99" />
        <source>&lt;h2&gt;Congés&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Congés&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="122" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="156" />
        <source>départ reporté</source>
        <translation>départ reporté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="158" />
        <source>dépôt en retard</source>
        <translation>dépôt en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="160" />
        <source>dépôt à restituer bientôt</source>
        <translation>dépôt à restituer bientôt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="164" />
        <source>{n} mois</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="181" />
        <source>Aucun congé</source>
        <translation>Aucun congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="182" />
        <source>1 congé</source>
        <translation>1 congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="183" />
        <source>{n} congés</source>
        <translation>{n} congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="203" />
        <source>Exporter les congés</source>
        <translation>Exporter les congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="203" />
        <source>conges.xlsx</source>
        <translation>conges.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="204" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="217" />
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="219" />
        <source>{n} congé(s) exporté(s) vers {path}</source>
        <translation>{n} congé(s) exporté(s) vers {path}</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="192" />
        <source>Nouveau mot de passe pour {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="203" />
        <source>Mot de passe provisoire : l'utilisateur devra le changer à sa prochaine connexion. Le compte est aussi déverrouillé.</source>
        <translation>Mot de passe provisoire : l'utilisateur devra le changer à sa prochaine connexion. Le compte est aussi déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="205" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="206" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="216" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="53" />
        <source>Importer des règlements</source>
        <translation>Importer des règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="58" />
        <source>Export comptable : CSV (« ; ») ou Excel (.xlsx)</source>
        <translation>Export comptable : CSV (« ; ») ou Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="59" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="61" />
        <source>Lire le fichier</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="77" />
        <source>Vérifier</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="79" />
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="82" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="94" />
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="94" />
        <source>Motif du rejet</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="126" />
        <source>Export comptable des règlements</source>
        <translation>Export comptable des règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="127" />
        <source>Exports (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>Exports (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="144" />
        <source>(non importé)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="150" />
        <source>{rows} ligne(s) lue(s) dans « {name} ».</source>
        <translation>{rows} ligne(s) lue(s) dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="172" />
        <source>{accepted} règlement(s) valide(s) pour {amount} ; {rejected} ligne(s) rejetée(s).</source>
        <translation>{accepted} règlement(s) valide(s) pour {amount} ; {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="194" />
        <source>{count} règlement(s) importé(s) sur {plans} plan(s), {amount}.</source>
        <translation>{count} règlement(s) importé(s) sur {plans} plan(s), {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="197" />
        <source>Plan(s) devenu(s) défaillant(s) : {ids}.</source>
        <translation>Plan(s) devenu(s) défaillant(s) : {ids}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="200" />
        <source>Plan(s) soldé(s) : {ids}.</source>
        <translation>Plan(s) soldé(s) : {ids}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="131" />
        <source>Conditions et parties</source>
        <translation>Conditions et parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="132" />
        <source>Échéancier</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="133" />
        <source>Règlements</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="134" />
        <source>Suivi</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="136" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="144" />
        <source>Motif (obligatoire pour annuler ou régulariser)</source>
        <translation>Motif (obligatoire pour annuler ou régulariser)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="145" />
        <source>Changer le statut</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="148" />
        <source>Passer à</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="150" />
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="156" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="159" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="212" />
        <source>Ex. : 1 234,56</source>
        <translation>Ex. : 1 234,56</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="213" />
        <location filename="../../desktop/ui/plan_dialog.py" line="216" />
        <location filename="../../desktop/ui/plan_dialog.py" line="258" />
        <location filename="../../desktop/ui/plan_dialog.py" line="277" />
        <location filename="../../desktop/ui/plan_dialog.py" line="431" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="214" />
        <source>Ex. : 412,50</source>
        <translation>Ex. : 412,50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="215" />
        <source>Ex. : 85,20</source>
        <translation>Ex. : 85,20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="217" />
        <source>Nombre d'échéances</source>
        <translation>Nombre d'échéances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="219" />
        <source>Mensualité (€)</source>
        <translation>Mensualité (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="225" />
        <source>Ex. : 100,00</source>
        <translation>Ex. : 100,00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="227" />
        <source>jour de la date de début</source>
        <translation>jour de la date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="228" />
        <source>Calculer l'échéancier</source>
        <translation>Calculer l'échéancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="231" />
        <source>Type d'accord</source>
        <translation>Type d'accord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="232" />
        <source>Dette (€)</source>
        <translation>Dette (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="233" />
        <source>Dette arrêtée au</source>
        <translation>Dette arrêtée au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="234" />
        <location filename="../../desktop/ui/plan_dialog.py" line="491" />
        <source>Loyer courant (€)</source>
        <translation>Loyer courant (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="236" />
        <source>Charges (€)</source>
        <translation>Charges (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="237" />
        <source>Première échéance à partir du</source>
        <translation>Première échéance à partir du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="240" />
        <source>Jour d'échéance</source>
        <translation>Jour d'échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="245" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="248" />
        <source>Parties (outre le locataire et le bailleur)</source>
        <translation>Parties (outre le locataire et le bailleur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="251" />
        <source>Aucune aide au logement</source>
        <translation>Aucune aide au logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="252" />
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="253" />
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="255" />
        <location filename="../../desktop/ui/plan_dialog.py" line="267" />
        <source>N° d'allocataire</source>
        <translation>N° d'allocataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="256" />
        <source>Aide versée au bailleur (tiers payant)</source>
        <translation>Aide versée au bailleur (tiers payant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="259" />
        <source>FSL</source>
        <translation>FSL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="261" />
        <location filename="../../desktop/ui/plan_dialog.py" line="264" />
        <source>Contribution (€), facultatif</source>
        <translation>Contribution (€), facultatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="262" />
        <source>CCAS</source>
        <translation>CCAS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="265" />
        <source>Nom et fonction</source>
        <translation>Nom et fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="266" />
        <source>Organisme payeur</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="269" />
        <source>Plan approuvé par l'organisme le</source>
        <translation>Plan approuvé par l'organisme le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="272" />
        <source>Signataire pour le bailleur</source>
        <translation>Signataire pour le bailleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="275" />
        <source>Protocole (après résiliation judiciaire du bail)</source>
        <translation>Protocole (après résiliation judiciaire du bail)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="278" />
        <source>2 ans au plus</source>
        <translation>2 ans au plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="280" />
        <source>Jugement de résiliation du</source>
        <translation>Jugement de résiliation du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="281" />
        <source>Fin du protocole</source>
        <translation>Fin du protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="282" />
        <source>Nouveau bail dans un délai de (mois)</source>
        <translation>Nouveau bail dans un délai de (mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="285" />
        <source>Règle de défaillance</source>
        <translation>Règle de défaillance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="288" />
        <source>non (règle désactivée)</source>
        <translation>non (règle désactivée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="289" />
        <source>Défaillant dès qu'un loyer courant est impayé</source>
        <translation>Défaillant dès qu'un loyer courant est impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="293" />
        <source>Les règlements comprennent le loyer courant (imputés d'abord au loyer du mois)</source>
        <translation>Les règlements comprennent le loyer courant (imputés d'abord au loyer du mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="297" />
        <source>Défaillant à partir de (échéances impayées)</source>
        <translation>Défaillant à partir de (échéances impayées)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="300" />
        <source>Délai de tolérance (jours)</source>
        <translation>Délai de tolérance (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="315" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="315" />
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="315" />
        <location filename="../../desktop/ui/plan_dialog.py" line="356" />
        <source>Montant (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="315" />
        <source>Payé (€)</source>
        <translation>Payé (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="316" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="320" />
        <source>Reporter l'écart sur la dernière échéance pour garder le total juste</source>
        <translation>Reporter l'écart sur la dernière échéance pour garder le total juste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="323" />
        <source>Ajouter une échéance</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="325" />
        <source>Retirer la dernière échéance</source>
        <translation>Retirer la dernière échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="356" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="356" />
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="356" />
        <source>Origine</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="357" />
        <source>Saisi par</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="362" />
        <source>Saisir un règlement</source>
        <translation>Saisir un règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="367" />
        <source>Montant, ex. 697,70</source>
        <translation>Montant, ex. 697,70</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="370" />
        <source>Référence (facultatif)</source>
        <translation>Référence (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="371" />
        <source>Enregistrer le règlement</source>
        <translation>Enregistrer le règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="373" />
        <source>Supprimer le règlement sélectionné</source>
        <translation>Supprimer le règlement sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="381" />
        <source>Imputation : chaque règlement couvre d'abord le loyer courant du mois (si le plan le prévoit), puis les échéances du plan, la plus ancienne d'abord. Les règlements de l'export comptable s'importent depuis la page « Plans d'apurement ».</source>
        <translation>Imputation : chaque règlement couvre d'abord le loyer courant du mois (si le plan le prévoit), puis les échéances du plan, la plus ancienne d'abord. Les règlements de l'export comptable s'importent depuis la page « Plans d'apurement ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="404" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="404" />
        <source>À faire le</source>
        <translation>À faire le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="404" />
        <source>Faite le</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="404" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="405" />
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="410" />
        <source>Action sélectionnée : faite</source>
        <translation>Action sélectionnée : faite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="420" />
        <source>Résultat, ex. : dossier déposé</source>
        <translation>Résultat, ex. : dossier déposé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="421" />
        <source>Marquer comme faite</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="428" />
        <source>Assignation</source>
        <translation>Assignation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="432" />
        <source>Enregistrer la date envisagée</source>
        <translation>Enregistrer la date envisagée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="435" />
        <source>Assignation envisagée le (au moins 2 mois après la saisine de la CCAPEX)</source>
        <translation>Assignation envisagée le (au moins 2 mois après la saisine de la CCAPEX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="439" />
        <source>Avenant au protocole (prolongation de 3 ans au plus)</source>
        <translation>Avenant au protocole (prolongation de 3 ans au plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="444" />
        <source>Nouvelle fin</source>
        <translation>Nouvelle fin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="449" />
        <source>Signer l'avenant</source>
        <translation>Signer l'avenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="452" />
        <source>Signé le</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="454" />
        <source>fin le</source>
        <translation>fin le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="456" />
        <source>reste dû en (échéances)</source>
        <translation>reste dû en (échéances)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="459" />
        <source>Courriers (modèles modifiables, enregistrés au registre)</source>
        <translation>Courriers (modèles modifiables, enregistrés au registre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="464" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="466" />
        <source>Convertir aussi en PDF (LibreOffice ou Word requis)</source>
        <translation>Convertir aussi en PDF (LibreOffice ou Word requis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="467" />
        <source>Produire le courrier</source>
        <translation>Produire le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="490" />
        <source>Indemnité d'occupation (€)</source>
        <translation>Indemnité d'occupation (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="504" />
        <source>Nouvel accord de paiement</source>
        <translation>Nouvel accord de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="505" />
        <source>&lt;h2&gt;Nouvel accord de paiement&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nouvel accord de paiement&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="545" />
        <source>{type} n° {id} — {name}</source>
        <translation>{type} n° {id} — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="549" />
        <source>proposé le</source>
        <translation>proposé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="549" />
        <source>signé le</source>
        <translation>signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="550" />
        <source>défaillant le</source>
        <translation>défaillant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="550" />
        <source>clos le</source>
        <translation>clos le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="554" />
        <source>Statut : &lt;b&gt;{status}&lt;/b&gt;{dates} · contrat {contract} · solde du compte {balance} · modifié par {user}</source>
        <translation>Statut : &lt;b&gt;{status}&lt;/b&gt;{dates} · contrat {contract} · solde du compte {balance} · modifié par {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="644" />
        <source>payée en retard, le {date}</source>
        <translation>payée en retard, le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="647" />
        <source>impayée</source>
        <translation>impayée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="661" />
        <source>Versé : {paid} · imputé au plan : {plan} · reste dû : {remaining} · en retard : {overdue} ({count} échéance(s))</source>
        <translation>Versé : {paid} · imputé au plan : {plan} · reste dû : {remaining} · en retard : {overdue} ({count} échéance(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="667" />
        <source> · prochaine échéance : {date} ({amount})</source>
        <translation> · prochaine échéance : {date} ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="671" />
        <source> · excédent : {amount}</source>
        <translation> · excédent : {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="673" />
        <source>saisie</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="673" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="691" />
        <source>Plan défaillant depuis le {date}.</source>
        <translation>Plan défaillant depuis le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="725" />
        <source>Échéance n° {n} : date invalide (jj/mm/aaaa).</source>
        <translation>Échéance n° {n} : date invalide (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="730" />
        <source>Échéance n° {n} : montant invalide.</source>
        <translation>Échéance n° {n} : montant invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="762" />
        <source>Total des échéances : {total} · dette : {debt} · {count} échéance(s)</source>
        <translation>Total des échéances : {total} · dette : {debt} · {count} échéance(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="773" />
        <source>L'échéancier est juste : son total est la dette.</source>
        <translation>L'échéancier est juste : son total est la dette.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="779" />
        <location filename="../../desktop/ui/plan_dialog.py" line="964" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="823" />
        <location filename="../../desktop/ui/plan_dialog.py" line="978" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="824" />
        <location filename="../../desktop/ui/plan_dialog.py" line="1003" />
        <source>Montant invalide : attendu un nombre (ex. 1 234,56).</source>
        <translation>Montant invalide : attendu un nombre (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="830" />
        <source>La date est obligatoire.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="842" />
        <source>Le montant est obligatoire.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="934" />
        <source>Modification concurrente</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="936" />
        <source>Recharger le plan</source>
        <translation>Recharger le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="938" />
        <source>Garder ma saisie</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="969" />
        <location filename="../../desktop/ui/plan_dialog.py" line="972" />
        <source>Accord enregistré.</source>
        <translation>Accord enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="991" />
        <source>Statut changé : {status}.</source>
        <translation>Statut changé : {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1008" />
        <source>Règlement de {amount} enregistré.</source>
        <translation>Règlement de {amount} enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1022" />
        <source>Sélectionnez le règlement à supprimer.</source>
        <translation>Sélectionnez le règlement à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1025" />
        <source>Supprimer le règlement</source>
        <translation>Supprimer le règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1026" />
        <source>Supprimer ce règlement ? La suppression est enregistrée dans la chronologie.</source>
        <translation>Supprimer ce règlement ? La suppression est enregistrée dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1031" />
        <source>Règlement supprimé.</source>
        <translation>Règlement supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1036" />
        <source>Sélectionnez l'action faite dans la liste.</source>
        <translation>Sélectionnez l'action faite dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1044" />
        <source>Action enregistrée.</source>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1055" />
        <source>Date d'assignation enregistrée.</source>
        <translation>Date d'assignation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1064" />
        <source>Avenant signé.</source>
        <translation>Avenant signé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1079" />
        <source>Courrier {reference} enregistré : {path}</source>
        <translation>Courrier {reference} enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1098" />
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialog.py" line="1099" />
        <source>Enregistrer les modifications de cet accord ?</source>
        <translation>Enregistrer les modifications de cet accord ?</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="462" />
        <source>Durées de conservation (mois)</source>
        <translation>Durées de conservation (mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="468" />
        <source> (pas encore de données de ce type)</source>
        <translation> (pas encore de données de ce type)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="469" />
        <source>À compter de : {trigger}. {basis}</source>
        <translation>À compter de : {trigger}. {basis}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="472" />
        <source>Sécurité et sauvegardes</source>
        <translation>Sécurité et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="477" />
        <source>Enregistrer les réglages</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="479" />
        <source>Aperçu de la purge</source>
        <translation>Aperçu de la purge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="481" />
        <source>Purger maintenant…</source>
        <translation>Purger maintenant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="489" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="489" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="489" />
        <source>Règle</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="489" />
        <source>Clos le</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="490" />
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="490" />
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="499" />
        <source>&lt;h2&gt;Conservation des données (RGPD)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conservation des données (RGPD)&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="526" />
        <source>Réglages enregistrés.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="538" />
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="540" />
        <source>{n} dossier(s) à anonymiser.</source>
        <translation>{n} dossier(s) à anonymiser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="541" />
        <source>Aucune donnée à purger aujourd'hui.</source>
        <translation>Aucune donnée à purger aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="555" />
        <source>{n} dossier(s) anonymisé(s).</source>
        <translation>{n} dossier(s) anonymisé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="559" />
        <source>Purge des données</source>
        <translation>Purge des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="560" />
        <source>Anonymiser définitivement les {n} dossier(s) listés ? Cette opération est irréversible et sera enregistrée dans le journal d'audit.</source>
        <translation>Anonymiser définitivement les {n} dossier(s) listés ? Cette opération est irréversible et sera enregistrée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="562" />
        <source>Anonymiser</source>
        <translation>Anonymiser</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="79" />
        <source>Certificat de signature</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="85" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="90" />
        <source>Retenir l'emplacement du certificat sur ce poste (jamais le mot de passe)</source>
        <translation>Retenir l'emplacement du certificat sur ce poste (jamais le mot de passe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="100" />
        <source>Le mot de passe n'est pas enregistré : il vous sera redemandé au prochain démarrage.</source>
        <translation>Le mot de passe n'est pas enregistré : il vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="102" />
        <source>Fichier PKCS#12 (.p12, .pfx)</source>
        <translation>Fichier PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="103" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="113" />
        <source>Certificat</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="114" />
        <source>Certificats (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="103" />
        <source>Aperçu pour le dossier sélectionné</source>
        <translation>Aperçu pour le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="105" />
        <source>Aperçu (locataire fictif)</source>
        <translation>Aperçu (locataire fictif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="107" />
        <source>Modifier dans le traitement de texte</source>
        <translation>Modifier dans le traitement de texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="109" />
        <source>Vérifier le modèle</source>
        <translation>Vérifier le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="111" />
        <source>Référence des champs</source>
        <translation>Référence des champs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="113" />
        <source>Publipostage…</source>
        <translation>Publipostage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="125" />
        <source>&lt;b&gt;Aperçu&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="132" />
        <source>&lt;h2&gt;Modèles de courriers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modèles de courriers&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="224" />
        <source>Le modèle « {name} » est correct.</source>
        <translation>Le modèle « {name} » est correct.</translation>
    </message>
</context>
<context>
    <name>TenantFileDialog</name>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="233" />
        <source>Ménage</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="234" />
        <source>Bail</source>
        <translation>Bail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="235" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="236" />
        <source>Solde et chronologie</source>
        <translation>Solde et chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="238" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="242" />
        <source>Clore le dossier…</source>
        <translation>Clore le dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="244" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="248" />
        <source>Congé…</source>
        <translation>Congé…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="250" />
        <source>Congé du locataire : préavis, exceptions, sortie</source>
        <translation>Congé du locataire : préavis, exceptions, sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="254" />
        <source>Plans d'apurement…</source>
        <translation>Plans d'apurement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="256" />
        <source>Accords de paiement de ce dossier : plans, reports, protocoles</source>
        <translation>Accords de paiement de ce dossier : plans, reports, protocoles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="279" />
        <source>Nouveau dossier locataire</source>
        <translation>Nouveau dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="281" />
        <source>&lt;h2&gt;Nouveau dossier locataire&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nouveau dossier locataire&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="320" />
        <source>Ajouter un occupant</source>
        <translation>Ajouter un occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="322" />
        <source>Retirer l'occupant sélectionné</source>
        <translation>Retirer l'occupant sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="326" />
        <source>Ménage isolé (personne seule sans entourage proche)</source>
        <translation>Ménage isolé (personne seule sans entourage proche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="328" />
        <source>Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé à partir des dates de naissance.</source>
        <translation>Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé à partir des dates de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="346" />
        <source>Ex. : BX-2024-00123</source>
        <translation>Ex. : BX-2024-00123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="347" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="348" />
        <source>Ex. : 412,50</source>
        <translation>Ex. : 412,50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="349" />
        <source>Ex. : 85,20</source>
        <translation>Ex. : 85,20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="350" />
        <source>Logement situé en zone tendue</source>
        <translation>Logement situé en zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="363" />
        <source>Ex. : LGT-000123</source>
        <translation>Ex. : LGT-000123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="364" />
        <source>N° et voie</source>
        <translation>N° et voie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="366" />
        <source>Bâtiment, entrée, appartement</source>
        <translation>Bâtiment, entrée, appartement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="372" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="373" />
        <source>0 = rez-de-chaussée</source>
        <translation>0 = rez-de-chaussée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="392" />
        <source>Positif : dette du locataire ; négatif : avoir</source>
        <translation>Positif : dette du locataire ; négatif : avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="396" />
        <source>Solde (€)</source>
        <translation>Solde (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="397" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="402" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="402" />
        <source>Événement</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="402" />
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="402" />
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="410" />
        <source>&lt;b&gt;Chronologie&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="422" />
        <source>M.</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="423" />
        <source>Mme</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="450" />
        <source>Dossier introuvable</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="466" />
        <source>Dossier de {name}</source>
        <translation>Dossier de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="467" />
        <source>dossier actif</source>
        <translation>dossier actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="468" />
        <source>dossier clos le {date} ({reason})</source>
        <translation>dossier clos le {date} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="471" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="471" />
        <source>handicap</source>
        <translation>handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="472" />
        <source>plus de 70 ans</source>
        <translation>plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="475" />
        <source>Vulnérabilité : {flags}</source>
        <translation>Vulnérabilité : {flags}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="479" />
        <source>{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}</source>
        <translation>{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="485" />
        <source>Données de santé, de vulnérabilité et observations masquées pour votre rôle.</source>
        <translation>Données de santé, de vulnérabilité et observations masquées pour votre rôle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="533" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="534" />
        <source>Montant invalide : attendu un nombre (ex. 1 234,56).</source>
        <translation>Montant invalide : attendu un nombre (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="539" />
        <source>La date est obligatoire.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="550" />
        <source>Le montant est obligatoire.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="585" />
        <source>Étage invalide : attendu un nombre entier.</source>
        <translation>Étage invalide : attendu un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="645" />
        <source>Cet onglet comporte des erreurs.</source>
        <translation>Cet onglet comporte des erreurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="656" />
        <source>Occupant {n} — {field} : {message}</source>
        <translation>Occupant {n} — {field} : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="683" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="706" />
        <source>Modification concurrente</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="708" />
        <source>Recharger le dossier</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="710" />
        <source>Garder ma saisie</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="746" />
        <source>Date invalide : attendu jj/mm/aaaa.</source>
        <translation>Date invalide : attendu jj/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="769" />
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="770" />
        <source>Enregistrer les modifications de ce dossier ?</source>
        <translation>Enregistrer les modifications de ce dossier ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_hooks.py" line="14" />
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_hooks.py" line="20" />
        <source>Courrier…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_hooks.py" line="22" />
        <source>Écrire au locataire à partir d'un modèle (DOCX, PDF, signature)</source>
        <translation>Écrire au locataire à partir d'un modèle (DOCX, PDF, signature)</translation>
    </message>
</context>
<context>
    <name>TenantListModel</name>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="50" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="50" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="50" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="50" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="51" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="51" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="51" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="51" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="53" />
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="53" />
        <source>clos</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="54" />
        <source>70 ans et +</source>
        <translation>70 ans et +</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="55" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
</context>
<context>
    <name>TenantListPage</name>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="41" />
        <source>Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)</source>
        <translation>Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="49" />
        <source>Dossiers actifs</source>
        <translation>Dossiers actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="50" />
        <source>Dossiers clos</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="51" />
        <source>Tous les dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="52" />
        <source>70 ans et plus</source>
        <translation>70 ans et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="54" />
        <source>En impayé</source>
        <translation>En impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="85" />
        <source>&lt;h2&gt;Dossiers locataires&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dossiers locataires&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="88" />
        <source>Votre rôle ne donne pas accès aux dossiers locataires.</source>
        <translation>Votre rôle ne donne pas accès aux dossiers locataires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="101" />
        <source>Enregistrer la recherche…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="103" />
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="107" />
        <source>Recherches enregistrées :</source>
        <translation>Recherches enregistrées :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="141" />
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="178" />
        <source>Recherche non enregistrée</source>
        <translation>Recherche non enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="185" />
        <source>Enregistrer la recherche</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="186" />
        <source>Nom de la recherche (ex. « Plus de 70 ans, agence BXN ») :</source>
        <translation>Nom de la recherche (ex. « Plus de 70 ans, agence BXN ») :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="203" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="271" />
        <source>Plus de {n} dossiers : précisez la recherche</source>
        <translation>Plus de {n} dossiers : précisez la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="273" />
        <source>Aucun dossier</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="275" />
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="277" />
        <source>{n} dossiers</source>
        <translation>{n} dossiers</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="110" />
        <source>Nouveau compte</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="111" />
        <source>Compte {name}</source>
        <translation>Compte {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="122" />
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="127" />
        <source>facultatif : session Windows autorisée en ligne de commande</source>
        <translation>facultatif : session Windows autorisée en ligne de commande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="128" />
        <source>Compte actif</source>
        <translation>Compte actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="138" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="139" />
        <source>Nom complet</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="140" />
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="141" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="142" />
        <source>Session Windows</source>
        <translation>Session Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="144" />
        <source>Mot de passe provisoire</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="145" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="169" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="233" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="233" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="233" />
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="233" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="234" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="234" />
        <source>Dernière connexion</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="234" />
        <source>Session Windows</source>
        <translation>Session Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="236" />
        <source>Nouveau compte…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="238" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="240" />
        <source>Nouveau mot de passe…</source>
        <translation>Nouveau mot de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="242" />
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="250" />
        <source>&lt;h2&gt;Comptes utilisateurs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comptes utilisateurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="268" />
        <source>verrouillé</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="269" />
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="269" />
        <source>désactivé</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/commands/_common.py" line="34" />
        <source>Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.</source>
        <translation>Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="61" />
        <source>Aucun compte Parcours actif n'est associé à la session « {login} » : indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites associer votre session à votre compte par un administrateur.</source>
        <translation>Aucun compte Parcours actif n'est associé à la session « {login} » : indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites associer votre session à votre compte par un administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="51" />
        <source>Impossible de lire le fichier de correspondance « {name} ».</source>
        <translation>Impossible de lire le fichier de correspondance « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="55" />
        <source>Le fichier de correspondance « {name} » n'est pas un JSON valide.</source>
        <translation>Le fichier de correspondance « {name} » n'est pas un JSON valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="59" />
        <source>Le fichier de correspondance doit contenir un objet {{"champ": "en-tête"}}.</source>
        <translation>Le fichier de correspondance doit contenir un objet {{"champ": "en-tête"}}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="71" />
        <source>Cette option est obligatoire (date AAAA-MM-JJ).</source>
        <translation>Cette option est obligatoire (date AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="77" />
        <source>Date invalide : « {value} » (attendu AAAA-MM-JJ).</source>
        <translation>Date invalide : « {value} » (attendu AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="76" />
        <source>Montant invalide : « {value} ».</source>
        <translation>Montant invalide : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="88" />
        <source>Nombre entier attendu : « {value} ».</source>
        <translation>Nombre entier attendu : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="96" />
        <source>Cette option est obligatoire.</source>
        <translation>Cette option est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="98" />
        <source>Indiquez soit --months (nombre d'échéances), soit --monthly (mensualité).</source>
        <translation>Indiquez soit --months (nombre d'échéances), soit --monthly (mensualité).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="49" />
        <source>Jour de l'an</source>
        <extracomment>(month, day, French name) (days after Easter Sunday, French name)</extracomment>
        <translation>Jour de l'an</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="50" />
        <source>Fête du Travail</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="51" />
        <source>Victoire 1945</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="52" />
        <source>Fête nationale</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="53" />
        <source>Assomption</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="54" />
        <source>Toussaint</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="55" />
        <source>Armistice 1918</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="56" />
        <source>Noël</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="59" />
        <source>Lundi de Pâques</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="60" />
        <source>Ascension</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="61" />
        <source>Lundi de Pentecôte</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="64" />
        <source>Saint-Étienne</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="67" />
        <source>Vendredi saint</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/errors.py" line="23" />
        <source>La saisie comporte {count} erreur(s).</source>
        <translation>La saisie comporte {count} erreur(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="48" />
        <source>Lettre recommandée avec accusé de réception</source>
        <translation>Lettre recommandée avec accusé de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="49" />
        <source>Acte de commissaire de justice</source>
        <translation>Acte de commissaire de justice</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="52" />
        <source>Remise en main propre contre récépissé ou émargement</source>
        <translation>Remise en main propre contre récépissé ou émargement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="55" />
        <source>Lettre recommandée électronique</source>
        <translation>Lettre recommandée électronique</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="85" />
        <source>Logement situé en zone tendue</source>
        <translation>Logement situé en zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="86" />
        <source>Aucun (adresse du logement)</source>
        <translation>Aucun (adresse du logement)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="89" />
        <source>Obtention d'un premier emploi</source>
        <translation>Obtention d'un premier emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="90" />
        <source>Contrat de travail</source>
        <translation>Contrat de travail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="93" />
        <source>Mutation professionnelle</source>
        <translation>Mutation professionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="94" />
        <source>Attestation de l'employeur</source>
        <translation>Attestation de l'employeur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="97" />
        <source>Perte d'emploi</source>
        <translation>Perte d'emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="98" />
        <source>Lettre de licenciement ou attestation de chômage</source>
        <translation>Lettre de licenciement ou attestation de chômage</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="101" />
        <source>Nouvel emploi consécutif à une perte d'emploi</source>
        <translation>Nouvel emploi consécutif à une perte d'emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="102" />
        <source>Justificatif de la perte d'emploi et contrat du nouvel emploi</source>
        <translation>Justificatif de la perte d'emploi et contrat du nouvel emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="107" />
        <source>État de santé justifiant un changement de domicile</source>
        <translation>État de santé justifiant un changement de domicile</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="108" />
        <source>Certificat médical</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="111" />
        <source>Bénéficiaire du RSA ou de l'AAH</source>
        <translation>Bénéficiaire du RSA ou de l'AAH</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="112" />
        <source>Attestation de la CAF ou de la MSA</source>
        <translation>Attestation de la CAF ou de la MSA</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="115" />
        <source>Attribution d'un logement social</source>
        <translation>Attribution d'un logement social</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="116" />
        <source>Lettre d'attribution ou bail du nouveau logement</source>
        <translation>Lettre d'attribution ou bail du nouveau logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="119" />
        <source>Ordonnance de protection ou poursuites pour violences conjugales</source>
        <translation>Ordonnance de protection ou poursuites pour violences conjugales</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="122" />
        <source>Ordonnance de protection ou décision judiciaire</source>
        <translation>Ordonnance de protection ou décision judiciaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="124" />
        <source>Aucun motif</source>
        <translation>Aucun motif</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="143" />
        <source>Même quantième N mois plus tard</source>
        <extracomment>Same day-number N months later; the month's last day when that day is missing. The day before the same day-number N months later; when that day is missing, the day before the 1st of the following month (so the month's last day).</extracomment>
        <translation>Même quantième N mois plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="144" />
        <source>Veille du même quantième N mois plus tard</source>
        <translation>Veille du même quantième N mois plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="195" />
        <source>Aucune règle de préavis n'est configurée pour le {date}.</source>
        <extracomment>Grounds allowing the reduced notice in this version. Grounds needing no document (the dwelling's address proves zone tendue). Share of the monthly rent (excluding charges) per started month late. Share of the deposit that may be held until the annual charges closing (collective buildings).</extracomment>
        <translation>Aucune règle de préavis n'est configurée pour le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="214" />
        <source>Motif inconnu : « {value} ». Motifs possibles : {codes}.</source>
        <translation>Motif inconnu : « {value} ». Motifs possibles : {codes}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="285" />
        <source>La date de départ demandée ({departure}) est antérieure à la réception du congé ({received}).</source>
        <extracomment>When a ground was claimed without its proof: the end date if the proof is supplied and accepted (the 3-month date ``end_date`` applies meanwhile).</extracomment>
        <translation>La date de départ demandée ({departure}) est antérieure à la réception du congé ({received}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="294" />
        <source>Congé reçu le {date}</source>
        <translation>Congé reçu le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="299" />
        <source>Aucun motif de préavis réduit invoqué : préavis de {months} mois appliqué</source>
        <translation>Aucun motif de préavis réduit invoqué : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="303" />
        <source>Motif invoqué : {ground} ; motif non prévu par les règles en vigueur le {date} : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; motif non prévu par les règles en vigueur le {date} : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="310" />
        <source>Motif invoqué : {ground} ; aucun justificatif requis : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; aucun justificatif requis : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="316" />
        <source>Motif invoqué : {ground} ; justificatif reçu : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; justificatif reçu : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="322" />
        <source>Motif invoqué : {ground} ; justificatif manquant : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; justificatif manquant : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="332" />
        <source>Le {date} n'est pas un jour ouvré : fin reportée au {rolled}</source>
        <translation>Le {date} n'est pas un jour ouvré : fin reportée au {rolled}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="337" />
        <source>Départ demandé le {departure}, après la fin du préavis de {months} mois ({end}) : la date demandée est retenue</source>
        <translation>Départ demandé le {departure}, après la fin du préavis de {months} mois ({end}) : la date demandée est retenue</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="347" />
        <source>Départ souhaité le {departure} : loyer et charges restent dus jusqu'à la fin du préavis, sauf relocation plus tôt avec l'accord du bailleur</source>
        <translation>Départ souhaité le {departure} : loyer et charges restent dus jusqu'à la fin du préavis, sauf relocation plus tôt avec l'accord du bailleur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="352" />
        <source>Fin du préavis : {date}</source>
        <translation>Fin du préavis : {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="357" />
        <source>Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois, fin le {date}</source>
        <translation>Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois, fin le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="415" />
        <source>Le loyer mensuel doit être un montant positif ou nul.</source>
        <translation>Le loyer mensuel doit être un montant positif ou nul.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="44" />
        <source>Plan d'apurement</source>
        <translation>Plan d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="45" />
        <source>Report de paiement</source>
        <translation>Report de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="46" />
        <source>Paiement partiel</source>
        <translation>Paiement partiel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="47" />
        <source>Étalement d'une régularisation de charges</source>
        <translation>Étalement d'une régularisation de charges</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="50" />
        <source>Protocole de cohésion sociale (art. L442-6-5 CCH, AL)</source>
        <translation>Protocole de cohésion sociale (art. L442-6-5 CCH, AL)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="53" />
        <source>Protocole de cohésion sociale (art. L353-15-2 CCH, APL)</source>
        <translation>Protocole de cohésion sociale (art. L353-15-2 CCH, APL)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="56" />
        <source>Étalement au titre de la charte Covid-19 du 4 mai 2020</source>
        <translation>Étalement au titre de la charte Covid-19 du 4 mai 2020</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="79" />
        <source>Projet</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="80" />
        <source>Proposé</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="81" />
        <source>Signé</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="87" />
        <source>Annulé</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="63" />
        <location filename="../../desktop/domain/schedule.py" line="82" />
        <source>En cours</source>
        <extracomment>A deposit deadline this close (in days) is flagged as near. The deposit was returned: nothing left to follow.</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="64" />
        <source>Retiré</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="65" />
        <source>Terminé</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="86" />
        <source>Report du départ (convention d'occupation temporaire)</source>
        <extracomment>Departure postponed by a temporary occupation agreement. Keys returned without exit inventory (letter box, LRAR); inventory later. Reduced notice granted although the proof is missing.</extracomment>
        <translation>Report du départ (convention d'occupation temporaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="88" />
        <source>Remise des clés sans état des lieux</source>
        <translation>Remise des clés sans état des lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="90" />
        <source>Préavis réduit accordé sans justificatif</source>
        <translation>Préavis réduit accordé sans justificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="92" />
        <source>Retrait du congé</source>
        <translation>Retrait du congé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="107" />
        <location filename="../../desktop/domain/plans.py" line="100" />
        <source>Remise en main propre</source>
        <translation>Remise en main propre</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="108" />
        <source>Envoi en recommandé avec accusé de réception</source>
        <translation>Envoi en recommandé avec accusé de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="109" />
        <source>Dépôt en boîte aux lettres</source>
        <translation>Dépôt en boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="162" />
        <location filename="../../desktop/services/notices.py" line="576" />
        <location filename="../../desktop/services/notices.py" line="638" />
        <location filename="../../desktop/services/notices.py" line="738" />
        <location filename="../../desktop/services/notices.py" line="765" />
        <location filename="../../desktop/services/notices.py" line="820" />
        <location filename="../../desktop/services/plans.py" line="671" />
        <location filename="../../desktop/services/plans.py" line="833" />
        <source>La date ne peut pas être dans le futur.</source>
        <extracomment>First presentation of the registered letter (kept apart from the receipt: the effect of an unclaimed letter is UNCONFIRMED). Date the proof of the ground arrived; ``None`` while it is missing.</extracomment>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="164" />
        <source>Choisissez le mode de remise du congé.</source>
        <translation>Choisissez le mode de remise du congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="168" />
        <source>La date de réception du congé est obligatoire.</source>
        <translation>La date de réception du congé est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="173" />
        <source>Le congé ne peut pas précéder le début du bail ({date}).</source>
        <translation>Le congé ne peut pas précéder le début du bail ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="180" />
        <source>L'envoi ne peut pas être postérieur à la réception.</source>
        <translation>L'envoi ne peut pas être postérieur à la réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="184" />
        <source>La présentation ne peut pas précéder l'envoi.</source>
        <translation>La présentation ne peut pas précéder l'envoi.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="187" />
        <source>La présentation ne peut pas être postérieure à la réception.</source>
        <translation>La présentation ne peut pas être postérieure à la réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="191" />
        <source>Le départ demandé ne peut pas précéder la réception du congé.</source>
        <translation>Le départ demandé ne peut pas précéder la réception du congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="194" />
        <source>Motif inconnu.</source>
        <translation>Motif inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="196" />
        <source>Le bail n'indique pas un logement en zone tendue : cochez « zone tendue » sur le bail du dossier ou choisissez un autre motif.</source>
        <translation>Le bail n'indique pas un logement en zone tendue : cochez « zone tendue » sur le bail du dossier ou choisissez un autre motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="204" />
        <source>Le justificatif ne peut pas précéder le début du bail.</source>
        <translation>Le justificatif ne peut pas précéder le début du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="220" />
        <source>Indiquez le motif de la décision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="225" />
        <source>Indiquez qui a décidé.</source>
        <translation>Indiquez qui a décidé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="279" />
        <source>Justificatif reçu le {date} : {document}</source>
        <extracomment>The reduced end date while the proof is missing (``None`` otherwise). Last day of occupation: the end date, or the postponed departure.</extracomment>
        <translation>Justificatif reçu le {date} : {document}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="287" />
        <source>Préavis réduit de {months} mois accordé sans justificatif par {who} le {date} (motif : {reason}) : fin du préavis le {end}</source>
        <translation>Préavis réduit de {months} mois accordé sans justificatif par {who} le {date} (motif : {reason}) : fin du préavis le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="297" />
        <source>Départ reporté au {date} par convention d'occupation temporaire, décision de {who} le {decided} (motif : {reason}) ; indemnité d'occupation due jusqu'au départ</source>
        <translation>Départ reporté au {date} par convention d'occupation temporaire, décision de {who} le {decided} (motif : {reason}) ; indemnité d'occupation due jusqu'au départ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="348" />
        <source>Dépôt de garantie restitué le {date}, après l'échéance du {due} : pénalité de retard de {amount}</source>
        <extracomment>Late penalty: due so far (deposit not returned) or owed (returned late).</extracomment>
        <translation>Dépôt de garantie restitué le {date}, après l'échéance du {due} : pénalité de retard de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="357" />
        <source>Dépôt de garantie en retard : à restituer au plus tard le {due} ; pénalité de {amount} à ce jour (10 % du loyer par mois commencé)</source>
        <translation>Dépôt de garantie en retard : à restituer au plus tard le {due} ; pénalité de {amount} à ce jour (10 % du loyer par mois commencé)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="366" />
        <source>Dépôt de garantie à restituer au plus tard le {due} (dans {days} jour(s))</source>
        <translation>Dépôt de garantie à restituer au plus tard le {due} (dans {days} jour(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="83" />
        <source>Respecté</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="84" />
        <source>Défaillant</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="85" />
        <source>Caduc</source>
        <translation>Caduc</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="86" />
        <source>Soldé</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="84" />
        <source>Lettre de relance</source>
        <translation>Lettre de relance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="85" />
        <source>Notification de défaillance du plan</source>
        <translation>Notification de défaillance du plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="86" />
        <source>Signalement du non-respect du plan à l'organisme payeur (CAF/MSA)</source>
        <translation>Signalement du non-respect du plan à l'organisme payeur (CAF/MSA)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="88" />
        <source>Saisine du FSL</source>
        <translation>Saisine du FSL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="89" />
        <source>Saisine de la CCAPEX (au moins 2 mois avant l'assignation)</source>
        <translation>Saisine de la CCAPEX (au moins 2 mois avant l'assignation)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="91" />
        <source>Signature du nouveau bail</source>
        <translation>Signature du nouveau bail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="95" />
        <source>Lettre recommandée avec AR</source>
        <translation>Lettre recommandée avec AR</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="96" />
        <source>Courrier simple</source>
        <translation>Courrier simple</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="97" />
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="98" />
        <source>Plateforme en ligne</source>
        <translation>Plateforme en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="127" />
        <source>Un plan au statut « {current} » ne peut pas passer au statut « {new} ».</source>
        <translation>Un plan au statut « {current} » ne peut pas passer au statut « {new} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="184" />
        <location filename="../../desktop/domain/schedule.py" line="107" />
        <location filename="../../desktop/domain/tenant.py" line="162" />
        <location filename="../../desktop/services/plans.py" line="741" />
        <source>Le montant n'est pas un nombre.</source>
        <translation>Le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="186" />
        <location filename="../../desktop/domain/schedule.py" line="109" />
        <location filename="../../desktop/services/plans.py" line="743" />
        <source>Le montant doit être positif.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="188" />
        <location filename="../../desktop/domain/schedule.py" line="111" />
        <location filename="../../desktop/domain/tenant.py" line="166" />
        <location filename="../../desktop/services/plans.py" line="745" />
        <source>Le montant a plus de deux décimales.</source>
        <translation>Le montant a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="190" />
        <location filename="../../desktop/domain/schedule.py" line="114" />
        <source>Le montant ne peut pas dépasser {max}.</source>
        <translation>Le montant ne peut pas dépasser {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="228" />
        <source>Type d'accord inconnu.</source>
        <translation>Type d'accord inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="240" />
        <source>Indiquez la date à laquelle la dette est arrêtée.</source>
        <translation>Indiquez la date à laquelle la dette est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="243" />
        <source>La dette doit être arrêtée au plus tard à la date de début du plan ({date}).</source>
        <translation>La dette doit être arrêtée au plus tard à la date de début du plan ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="247" />
        <source>Organisme payeur inconnu.</source>
        <translation>Organisme payeur inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="265" />
        <source>Le nombre d'échéances impayées doit être compris entre 0 et {max}.</source>
        <translation>Le nombre d'échéances impayées doit être compris entre 0 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="269" />
        <source>Choisissez au moins une règle de défaillance : un nombre d'échéances impayées, ou le loyer courant impayé.</source>
        <translation>Choisissez au moins une règle de défaillance : un nombre d'échéances impayées, ou le loyer courant impayé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="273" />
        <source>Pour détecter un loyer courant impayé, les règlements enregistrés doivent comprendre le loyer courant.</source>
        <translation>Pour détecter un loyer courant impayé, les règlements enregistrés doivent comprendre le loyer courant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="277" />
        <source>Le délai de tolérance doit être compris entre 0 et {max} jours.</source>
        <translation>Le délai de tolérance doit être compris entre 0 et {max} jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="290" />
        <source>Un protocole rétablit l'aide au logement : indiquez la CAF ou la MSA.</source>
        <translation>Un protocole rétablit l'aide au logement : indiquez la CAF ou la MSA.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="293" />
        <source>Un protocole suppose un jugement de résiliation du bail : indiquez sa date.</source>
        <translation>Un protocole suppose un jugement de résiliation du bail : indiquez sa date.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="296" />
        <source>Le jugement doit précéder le début du protocole ({date}).</source>
        <translation>Le jugement doit précéder le début du protocole ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="300" />
        <source>Indiquez la date de fin du protocole.</source>
        <translation>Indiquez la date de fin du protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="304" />
        <source>La fin du protocole doit suivre son début ({date}).</source>
        <translation>La fin du protocole doit suivre son début ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="308" />
        <source>Un protocole dure au plus 2 ans : fin le {date} au plus tard.</source>
        <translation>Un protocole dure au plus 2 ans : fin le {date} au plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="312" />
        <source>Le nouveau bail doit être signé dans un délai de 1 à {max} mois.</source>
        <translation>Le nouveau bail doit être signé dans un délai de 1 à {max} mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="331" />
        <source>Indiquez la date de signature de l'avenant.</source>
        <translation>Indiquez la date de signature de l'avenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="334" />
        <source>Indiquez la nouvelle date de fin du protocole.</source>
        <translation>Indiquez la nouvelle date de fin du protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="337" />
        <location filename="../../desktop/services/plans.py" line="916" />
        <source>L'avenant doit prolonger le protocole au-delà du {date}.</source>
        <translation>L'avenant doit prolonger le protocole au-delà du {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="341" />
        <source>Un avenant prolonge le protocole de 3 ans au plus : fin le {date} au plus tard.</source>
        <translation>Un avenant prolonge le protocole de 3 ans au plus : fin le {date} au plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="360" />
        <source>Sans dette, un protocole ne comporte pas d'échéancier.</source>
        <translation>Sans dette, un protocole ne comporte pas d'échéancier.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="365" />
        <source>La première échéance ({date}) précède le début du plan ({start}).</source>
        <translation>La première échéance ({date}) précède le début du plan ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="370" />
        <source>La dernière échéance ({date}) tombe après la fin du protocole ({end}).</source>
        <translation>La dernière échéance ({date}) tombe après la fin du protocole ({end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="389" />
        <source>Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait {amount}. Réduisez les autres échéances ou ajoutez-en une.</source>
        <translation>Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait {amount}. Réduisez les autres échéances ou ajoutez-en une.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="416" />
        <source>payée</source>
        <translation>payée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="417" />
        <location filename="../../desktop/services/notices.py" line="976" />
        <source>en retard</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="418" />
        <source>à venir</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="631" />
        <source>{count} échéance(s) impayée(s), la plus ancienne du {date} (défaillance à partir de {rule}).</source>
        <translation>{count} échéance(s) impayée(s), la plus ancienne du {date} (défaillance à partir de {rule}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="637" />
        <source>Loyer courant impayé (échéance du {date}, reste dû {amount}).</source>
        <translation>Loyer courant impayé (échéance du {date}, reste dû {amount}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="679" />
        <source>Indiquez la date d'assignation envisagée.</source>
        <translation>Indiquez la date d'assignation envisagée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="685" />
        <source>La CCAPEX a été saisie le {referred} : l'assignation ne peut intervenir qu'au moins 2 mois après, le {date} au plus tôt.</source>
        <translation>La CCAPEX a été saisie le {referred} : l'assignation ne peut intervenir qu'au moins 2 mois après, le {date} au plus tôt.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="689" />
        <source>La CCAPEX doit être saisie au moins 2 mois avant l'assignation : sans saisine à ce jour, l'assignation ne peut intervenir avant le {date}.</source>
        <translation>La CCAPEX doit être saisie au moins 2 mois avant l'assignation : sans saisine à ce jour, l'assignation ne peut intervenir avant le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="732" />
        <source>Aucune</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="733" />
        <source>Plan caduc : reprendre le recouvrement ou proposer un nouveau plan</source>
        <translation>Plan caduc : reprendre le recouvrement ou proposer un nouveau plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="735" />
        <source>Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan</source>
        <translation>Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="737" />
        <source>Proposer un plan d'apurement</source>
        <translation>Proposer un plan d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="738" />
        <source>Envoyer la proposition de plan</source>
        <translation>Envoyer la proposition de plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="739" />
        <source>Faire signer le plan</source>
        <translation>Faire signer le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="740" />
        <source>Plan défaillant : décider régularisation, caducité ou contentieux</source>
        <translation>Plan défaillant : décider régularisation, caducité ou contentieux</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="776" />
        <source>Relancer : échéance du {date} impayée</source>
        <translation>Relancer : échéance du {date} impayée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="780" />
        <source>Suivre l'échéance du {date}</source>
        <translation>Suivre l'échéance du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="742" />
        <source>Suivre le plan</source>
        <translation>Suivre le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="153" />
        <source>Indiquez soit le nombre d'échéances, soit le montant de la mensualité.</source>
        <translation>Indiquez soit le nombre d'échéances, soit le montant de la mensualité.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="159" />
        <source>Le nombre d'échéances doit être compris entre 1 et {max}.</source>
        <translation>Le nombre d'échéances doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="169" />
        <source>Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.</source>
        <translation>Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="174" />
        <source>Le jour d'échéance doit être compris entre 1 et 31.</source>
        <translation>Le jour d'échéance doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="238" />
        <location filename="../../desktop/domain/schedule.py" line="176" />
        <source>La date de début est obligatoire.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="178" />
        <source>La date de début n'est pas plausible.</source>
        <translation>La date de début n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="204" />
        <source>L'échéancier ne comporte aucune échéance.</source>
        <translation>L'échéancier ne comporte aucune échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="208" />
        <source>Échéance n° {number} : le montant n'est pas un nombre.</source>
        <translation>Échéance n° {number} : le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="212" />
        <source>Échéance n° {number} : le montant doit être positif ({amount}).</source>
        <translation>Échéance n° {number} : le montant doit être positif ({amount}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="216" />
        <source>Échéance n° {number} : le montant a plus de deux décimales.</source>
        <translation>Échéance n° {number} : le montant a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="220" />
        <source>Échéance n° {number} : sa date ({date}) doit être postérieure à celle de l'échéance précédente ({previous}).</source>
        <translation>Échéance n° {number} : sa date ({date}) doit être postérieure à celle de l'échéance précédente ({previous}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="232" />
        <source>Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).</source>
        <translation>Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="237" />
        <source>Le total des échéances ({total}) dépasse de {difference} la dette ({debt}).</source>
        <translation>Le total des échéances ({total}) dépasse de {difference} la dette ({debt}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="149" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="150" />
        <source>handicap</source>
        <translation>handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="151" />
        <source>plus de 70 ans</source>
        <translation>plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="182" />
        <location filename="../../desktop/domain/tenant.py" line="160" />
        <source>Le montant est obligatoire.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="168" />
        <source>Le montant ne peut pas être négatif.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="164" />
        <location filename="../../desktop/services/importer.py" line="543" />
        <location filename="../../desktop/services/plans.py" line="747" />
        <source>Le montant est trop élevé.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="181" />
        <location filename="../../desktop/services/plans.py" line="1163" />
        <location filename="../../desktop/services/plans.py" line="1168" />
        <location filename="../../desktop/services/plans.py" line="1174" />
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="207" />
        <location filename="../../desktop/domain/notice_case.py" line="210" />
        <location filename="../../desktop/domain/notice_case.py" line="222" />
        <location filename="../../desktop/domain/notice_case.py" line="227" />
        <location filename="../../desktop/domain/plans.py" line="249" />
        <location filename="../../desktop/domain/plans.py" line="252" />
        <location filename="../../desktop/domain/plans.py" line="261" />
        <location filename="../../desktop/domain/tenant.py" line="184" />
        <location filename="../../desktop/services/accounts.py" line="148" />
        <location filename="../../desktop/services/accounts.py" line="521" />
        <location filename="../../desktop/services/importer.py" line="758" />
        <location filename="../../desktop/services/plans.py" line="668" />
        <location filename="../../desktop/services/plans.py" line="759" />
        <location filename="../../desktop/services/plans.py" line="837" />
        <location filename="../../desktop/services/saved_queries.py" line="71" />
        <location filename="../../desktop/services/tenants.py" line="679" />
        <source>{max} caractères au plus.</source>
        <translation>{max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="187" />
        <source>Ce champ contient des caractères de contrôle (tabulation, saut de ligne...).</source>
        <translation>Ce champ contient des caractères de contrôle (tabulation, saut de ligne...).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="191" />
        <source>Ce champ ne peut pas commencer par =, +, - ou @ (formule de tableur).</source>
        <translation>Ce champ ne peut pas commencer par =, +, - ou @ (formule de tableur).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="201" />
        <source>Le ménage doit compter au moins un occupant.</source>
        <translation>Le ménage doit compter au moins un occupant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="205" />
        <source>{max} occupants au plus.</source>
        <translation>{max} occupants au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="209" />
        <source>Au moins un occupant doit être titulaire du bail.</source>
        <translation>Au moins un occupant doit être titulaire du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="216" />
        <source>Civilité inconnue.</source>
        <translation>Civilité inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="220" />
        <source>La date de naissance est dans le futur.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="224" />
        <source>La date de naissance est antérieure à 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="228" />
        <source>Numéro de téléphone invalide (ex. 05 56 12 34 56).</source>
        <translation>Numéro de téléphone invalide (ex. 05 56 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="232" />
        <source>Adresse e-mail invalide.</source>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="237" />
        <location filename="../../desktop/services/plans.py" line="749" />
        <location filename="../../desktop/services/plans.py" line="831" />
        <source>La date est obligatoire.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="240" />
        <source>La date de début du bail n'est pas plausible.</source>
        <translation>La date de début du bail n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="254" />
        <source>Le code postal compte cinq chiffres.</source>
        <translation>Le code postal compte cinq chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="258" />
        <source>Type de logement attendu : T1 à T6.</source>
        <translation>Type de logement attendu : T1 à T6.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="262" />
        <source>La surface doit être comprise entre 5 et 400 m².</source>
        <translation>La surface doit être comprise entre 5 et 400 m².</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="266" />
        <source>L'étage doit être compris entre -3 et 60.</source>
        <translation>L'étage doit être compris entre -3 et 60.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="270" />
        <source>Choisissez une agence.</source>
        <translation>Choisissez une agence.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="39" />
        <source>Code d'agence : 1 à 20 caractères.</source>
        <translation>Code d'agence : 1 à 20 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="41" />
        <source>Nom d'agence : 1 à 120 caractères.</source>
        <translation>Nom d'agence : 1 à 120 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="44" />
        <source>Le nom et la ville ne peuvent pas commencer par =, +, - ou @.</source>
        <translation>Le nom et la ville ne peuvent pas commencer par =, +, - ou @.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="50" />
        <source>Ce code d'agence existe déjà.</source>
        <translation>Ce code d'agence existe déjà.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo.py" line="630" />
        <source>La base contient déjà {count} dossier(s) : la base de démonstration ne peut être générée que dans une base vide.</source>
        <translation>La base contient déjà {count} dossier(s) : la base de démonstration ne peut être générée que dans une base vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo.py" line="787" />
        <source>Nombre de ménages attendu : de 1 à {max}.</source>
        <translation>Nombre de ménages attendu : de 1 à {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="90" />
        <source>Impossible de lire le fichier « {name} ».</source>
        <translation>Impossible de lire le fichier « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="103" />
        <source>Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.</source>
        <translation>Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="108" />
        <source>Format de fichier non pris en charge (« {ext} ») : choisissez un fichier CSV ou Excel (.xlsx).</source>
        <translation>Format de fichier non pris en charge (« {ext} ») : choisissez un fichier CSV ou Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="119" />
        <location filename="../../desktop/services/importer.py" line="222" />
        <source>Le fichier « {name} » n'est pas un classeur Excel valide.</source>
        <translation>Le fichier « {name} » n'est pas un classeur Excel valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="125" />
        <source>Le fichier « {name} » est vide.</source>
        <translation>Le fichier « {name} » est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="128" />
        <source>Le fichier « {name} » ne contient aucune ligne après les en-têtes.</source>
        <translation>Le fichier « {name} » ne contient aucune ligne après les en-têtes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="146" />
        <source>Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en Windows-1252 (ANSI).</source>
        <translation>Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en Windows-1252 (ANSI).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="180" />
        <source>Fichier « {name} » illisible vers la ligne {line}.</source>
        <translation>Fichier « {name} » illisible vers la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="254" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="255" />
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="256" />
        <source>Civilité</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="257" />
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="99" />
        <location filename="../../desktop/services/importer.py" line="258" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="259" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="261" />
        <source>Nom du second occupant</source>
        <translation>Nom du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="263" />
        <source>Prénom du second occupant</source>
        <translation>Prénom du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="265" />
        <source>Date de naissance du second occupant</source>
        <translation>Date de naissance du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="266" />
        <source>Personne isolée (oui/non)</source>
        <translation>Personne isolée (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="267" />
        <source>Handicap (oui/non)</source>
        <translation>Handicap (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="268" />
        <location filename="../../desktop/services/notices.py" line="954" />
        <location filename="../../desktop/services/plans.py" line="1033" />
        <location filename="../../desktop/services/plans.py" line="1429" />
        <source>N° de contrat</source>
        <translation>N° de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="197" />
        <location filename="../../desktop/services/importer.py" line="269" />
        <source>Date de début du bail</source>
        <translation>Date de début du bail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="270" />
        <source>Loyer</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="271" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="272" />
        <source>Zone tendue (oui/non)</source>
        <translation>Zone tendue (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="201" />
        <location filename="../../desktop/services/importer.py" line="274" />
        <source>Référence du logement</source>
        <translation>Référence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="275" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="171" />
        <source>Nom du bailleur (profil de l'organisme)</source>
        <translation>Nom du bailleur (profil de l'organisme)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="172" />
        <source>Forme juridique</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="173" />
        <source>Adresse du siège, sur plusieurs lignes</source>
        <translation>Adresse du siège, sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="174" />
        <source>Adresse du siège, liste de lignes</source>
        <translation>Adresse du siège, liste de lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="175" />
        <source>Téléphone du standard</source>
        <translation>Téléphone du standard</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="176" />
        <source>Adresse e-mail générale</source>
        <translation>Adresse e-mail générale</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="177" />
        <source>Site internet</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="178" />
        <source>Mentions légales (forme, capital, RCS, siège)</source>
        <translation>Mentions légales (forme, capital, RCS, siège)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="179" />
        <source>Logo (image)</source>
        <translation>Logo (image)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="180" />
        <source>Code de l'agence du logement</source>
        <translation>Code de l'agence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="181" />
        <source>Nom de l'agence</source>
        <translation>Nom de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="182" />
        <source>Adresse de l'agence, sur plusieurs lignes</source>
        <translation>Adresse de l'agence, sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="183" />
        <source>Téléphone de l'agence</source>
        <translation>Téléphone de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="184" />
        <source>E-mail de l'agence</source>
        <translation>E-mail de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="185" />
        <source>Horaires d'accueil de l'agence</source>
        <translation>Horaires d'accueil de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="186" />
        <source>Bloc adresse NF Z10-011 (6 lignes au plus)</source>
        <translation>Bloc adresse NF Z10-011 (6 lignes au plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="187" />
        <source>Bloc adresse, liste de lignes</source>
        <translation>Bloc adresse, liste de lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="188" />
        <source>Madame / Monsieur / Madame, Monsieur</source>
        <translation>Madame / Monsieur / Madame, Monsieur</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="189" />
        <source>Formule d'appel avec virgule (« Madame, »)</source>
        <translation>Formule d'appel avec virgule (« Madame, »)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="190" />
        <source>Civilité du titulaire (M. / Mme)</source>
        <translation>Civilité du titulaire (M. / Mme)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="191" />
        <source>Prénom du titulaire</source>
        <translation>Prénom du titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="192" />
        <source>Nom du titulaire, en majuscules</source>
        <translation>Nom du titulaire, en majuscules</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="193" />
        <source>Civilité, prénom et NOM du titulaire</source>
        <translation>Civilité, prénom et NOM du titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="194" />
        <source>Occupants (liste : civilite, prenom, nom, nom_complet, date_naissance, titulaire)</source>
        <translation>Occupants (liste : civilite, prenom, nom, nom_complet, date_naissance, titulaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="195" />
        <source>Solde du compte (positif : dette du locataire)</source>
        <translation>Solde du compte (positif : dette du locataire)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="196" />
        <source>Numéro de contrat</source>
        <translation>Numéro de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="198" />
        <source>Loyer hors charges</source>
        <translation>Loyer hors charges</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="199" />
        <source>Provisions sur charges</source>
        <translation>Provisions sur charges</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="200" />
        <source>Loyer charges comprises</source>
        <translation>Loyer charges comprises</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="202" />
        <source>Adresse du logement sur une ligne</source>
        <translation>Adresse du logement sur une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="203" />
        <source>Numéro et voie</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="204" />
        <location filename="../../desktop/services/importer.py" line="277" />
        <source>Complément d'adresse</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="205" />
        <location filename="../../desktop/services/importer.py" line="278" />
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="206" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="207" />
        <source>Type (T1 à T6)</source>
        <translation>Type (T1 à T6)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="208" />
        <source>Surface en m²</source>
        <translation>Surface en m²</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="211" />
        <source>Programme / résidence</source>
        <translation>Programme / résidence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="212" />
        <source>Référence du courrier (registre)</source>
        <translation>Référence du courrier (registre)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="213" />
        <source>Date du courrier</source>
        <translation>Date du courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="214" />
        <source>Lieu d'émission</source>
        <translation>Lieu d'émission</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="215" />
        <source>« Bordeaux, le 23 novembre 2026 »</source>
        <translation>« Bordeaux, le 23 novembre 2026 »</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="216" />
        <source>Objet du courrier</source>
        <translation>Objet du courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="217" />
        <source>Envoi en recommandé avec AR (vrai / faux)</source>
        <translation>Envoi en recommandé avec AR (vrai / faux)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="218" />
        <source>Numéro du recommandé, s'il est connu</source>
        <translation>Numéro du recommandé, s'il est connu</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="219" />
        <source>Pièces jointes (liste)</source>
        <translation>Pièces jointes (liste)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="220" />
        <source>Personne qui suit le dossier</source>
        <translation>Personne qui suit le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="221" />
        <source>Nom du signataire</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="222" />
        <source>Fonction du signataire</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="223" />
        <source>Signature scannée (image)</source>
        <translation>Signature scannée (image)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="224" />
        <source>Champs libres du modèle (champs.nom_du_champ)</source>
        <translation>Champs libres du modèle (champs.nom_du_champ)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="225" />
        <source>Date du jour</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="229" />
        <source>Date en toutes lettres : 1er mars 2026</source>
        <translation>Date en toutes lettres : 1er mars 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="230" />
        <source>Date numérique : 01/03/2026</source>
        <translation>Date numérique : 01/03/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="231" />
        <source>Montant : 1 234,56 €</source>
        <translation>Montant : 1 234,56 €</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="232" />
        <source>Nombre à la française : 64,50</source>
        <translation>Nombre à la française : 64,50</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="233" />
        <source>Montant en toutes lettres : mille deux cent trente-quatre euros et cinquante-six centimes</source>
        <translation>Montant en toutes lettres : mille deux cent trente-quatre euros et cinquante-six centimes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="234" />
        <source>Majuscules sans accent ni ponctuation</source>
        <translation>Majuscules sans accent ni ponctuation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="279" />
        <location filename="../../desktop/services/plans.py" line="1431" />
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="281" />
        <source>Type de logement (T1 à T6)</source>
        <translation>Type de logement (T1 à T6)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="282" />
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="209" />
        <location filename="../../desktop/services/importer.py" line="283" />
        <source>Étage</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="210" />
        <location filename="../../desktop/services/importer.py" line="284" />
        <source>Bâtiment</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="285" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="286" />
        <source>Code agence</source>
        <translation>Code agence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="287" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="437" />
        <location filename="../../desktop/services/importer.py" line="460" />
        <location filename="../../desktop/services/plans.py" line="1075" />
        <source>Champ inconnu dans la correspondance : « {key} ».</source>
        <translation>Champ inconnu dans la correspondance : « {key} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="443" />
        <location filename="../../desktop/services/importer.py" line="463" />
        <location filename="../../desktop/services/plans.py" line="1078" />
        <source>Colonne n° {index} absente du fichier (champ « {field} »).</source>
        <translation>Colonne n° {index} absente du fichier (champ « {field} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="450" />
        <source>Colonne « {name} » absente du fichier (champ « {field} »).</source>
        <translation>Colonne « {name} » absente du fichier (champ « {field} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="468" />
        <location filename="../../desktop/services/plans.py" line="1083" />
        <source>Colonnes obligatoires non associées : {fields}.</source>
        <translation>Colonnes obligatoires non associées : {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="516" />
        <source>Date illisible « {value} » (attendu JJ/MM/AAAA).</source>
        <translation>Date illisible « {value} » (attendu JJ/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="525" />
        <location filename="../../desktop/services/importer.py" line="535" />
        <source>Nombre illisible « {value} ».</source>
        <translation>Nombre illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="564" />
        <source>Valeur « {value} » non comprise (attendu oui ou non).</source>
        <translation>Valeur « {value} » non comprise (attendu oui ou non).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="585" />
        <location filename="../../desktop/services/importer.py" line="596" />
        <source>Étage illisible « {value} ».</source>
        <translation>Étage illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="704" />
        <location filename="../../desktop/services/plans.py" line="1133" />
        <source>{label} (colonne « {header} »)</source>
        <translation>{label} (colonne « {header} »)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="854" />
        <source>Le contrat « {value} » existe déjà (dossier de {name}).</source>
        <translation>Le contrat « {value} » existe déjà (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="858" />
        <source>Le contrat « {value} » figure déjà à la ligne {line}.</source>
        <translation>Le contrat « {value} » figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="866" />
        <source>Le logement « {value} » est déjà occupé (dossier de {name}).</source>
        <translation>Le logement « {value} » est déjà occupé (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="871" />
        <source>Le logement « {value} » figure déjà à la ligne {line}.</source>
        <translation>Le logement « {value} » figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="878" />
        <source>Agence inconnue « {code} ».</source>
        <translation>Agence inconnue « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="884" />
        <location filename="../../desktop/services/importer.py" line="905" />
        <location filename="../../desktop/services/plans.py" line="1236" />
        <source>{field} : {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="929" />
        <location filename="../../desktop/services/plans.py" line="1256" />
        <source>Aucune ligne valide à importer.</source>
        <translation>Aucune ligne valide à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="947" />
        <source>Ligne {line} : {error} Rien n'a été importé.</source>
        <translation>Ligne {line} : {error} Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="952" />
        <source>Import annulé : rien n'a été importé.</source>
        <translation>Import annulé : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="194" />
        <source>Justificatif manquant ({proof}) : préavis de {months} mois appliqué, fin le {end} ; le {reduced} si le justificatif est fourni.</source>
        <extracomment>The notice in progress, else the latest one, else ``None``.</extracomment>
        <translation>Justificatif manquant ({proof}) : préavis de {months} mois appliqué, fin le {end} ; le {reduced} si le justificatif est fourni.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="202" />
        <source>Clés rendues sans état des lieux de sortie : état des lieux prévu le {date}.</source>
        <translation>Clés rendues sans état des lieux de sortie : état des lieux prévu le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="207" />
        <source>Clés rendues sans état des lieux de sortie : fixez la date de l'état des lieux.</source>
        <translation>Clés rendues sans état des lieux de sortie : fixez la date de l'état des lieux.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="249" />
        <source>Le congé n° {id} n'existe pas ou plus.</source>
        <translation>Le congé n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="252" />
        <location filename="../../desktop/services/notices.py" line="271" />
        <location filename="../../desktop/services/plans.py" line="557" />
        <location filename="../../desktop/services/retention.py" line="191" />
        <location filename="../../desktop/services/tenants.py" line="185" />
        <source>Le dossier n° {id} n'existe pas ou plus.</source>
        <translation>Le dossier n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="349" />
        <location filename="../../desktop/services/documents.py" line="457" />
        <source>La signature électronique porte sur le PDF : cochez « PDF ».</source>
        <translation>La signature électronique porte sur le PDF : cochez « PDF ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="507" />
        <source>Enregistrement impossible : {error}</source>
        <translation>Enregistrement impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="563" />
        <source>Conversion en PDF impossible.</source>
        <translation>Conversion en PDF impossible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="735" />
        <source>Le document n° {id} n'existe pas ou plus.</source>
        <translation>Le document n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="750" />
        <source>Aucun document n'a la référence {reference}.</source>
        <translation>Aucun document n'a la référence {reference}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="762" />
        <source>Le fichier {path} est introuvable (déplacé ou supprimé).</source>
        <translation>Le fichier {path} est introuvable (déplacé ou supprimé).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents.py" line="766" />
        <source>Le fichier {path} a été modifié depuis sa production (empreinte SHA-256 différente).</source>
        <translation>Le fichier {path} a été modifié depuis sa production (empreinte SHA-256 différente).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="380" />
        <source>Fin du préavis le {end} ({months} mois)</source>
        <translation>Fin du préavis le {end} ({months} mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="383" />
        <source> ; justificatif manquant : le {date} s'il est fourni</source>
        <translation> ; justificatif manquant : le {date} s'il est fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="387" />
        <source> ; départ le {date}</source>
        <translation> ; départ le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="402" />
        <source>Ce congé a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le congé pour voir la version actuelle.</source>
        <translation>Ce congé a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le congé pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="412" />
        <source>Ce congé a été retiré : il ne peut plus être modifié.</source>
        <translation>Ce congé a été retiré : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="415" />
        <source>Ce congé est terminé (dépôt de garantie restitué) : il ne peut plus être modifié.</source>
        <translation>Ce congé est terminé (dépôt de garantie restitué) : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="467" />
        <source>Ce dossier est clos : aucun congé ne peut y être enregistré.</source>
        <translation>Ce dossier est clos : aucun congé ne peut y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="474" />
        <source>Un congé reçu le {date} est déjà en cours sur ce dossier : ouvrez-le pour le modifier.</source>
        <translation>Un congé reçu le {date} est déjà en cours sur ce dossier : ouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="487" />
        <source>Congé reçu le {date} ({ground}) : {end}</source>
        <translation>Congé reçu le {date} ({ground}) : {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="534" />
        <source>Aucun justificatif n'est attendu pour ce congé.</source>
        <translation>Aucun justificatif n'est attendu pour ce congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="540" />
        <source>Indiquez la date de réception du justificatif.</source>
        <translation>Indiquez la date de réception du justificatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="553" />
        <source>Justificatif reçu le {date} ({document}) : fin du préavis le {end} au lieu du {before}</source>
        <translation>Justificatif reçu le {date} ({document}) : fin du préavis le {end} au lieu du {before}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="595" />
        <source>Aucun motif de préavis réduit n'est invoqué : le préavis réduit ne peut pas être accordé.</source>
        <translation>Aucun motif de préavis réduit n'est invoqué : le préavis réduit ne peut pas être accordé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="599" />
        <source>Le préavis réduit s'applique déjà à ce congé.</source>
        <translation>Le préavis réduit s'applique déjà à ce congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="606" />
        <source>Préavis réduit accordé sans justificatif par {who} ({reason}) : {end}</source>
        <translation>Préavis réduit accordé sans justificatif par {who} ({reason}) : {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="627" />
        <source>Les clés ont été rendues : le départ ne peut plus être reporté.</source>
        <translation>Les clés ont été rendues : le départ ne peut plus être reporté.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="630" />
        <source>Indiquez la nouvelle date de départ.</source>
        <translation>Indiquez la nouvelle date de départ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="633" />
        <source>La nouvelle date de départ doit être postérieure à la fin du préavis ({date}).</source>
        <translation>La nouvelle date de départ doit être postérieure à la fin du préavis ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="646" />
        <source>Départ reporté au {date} (convention d'occupation temporaire), décision de {who} : {reason}</source>
        <translation>Départ reporté au {date} (convention d'occupation temporaire), décision de {who} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="671" />
        <source>Le retour des clés est déjà enregistré (le {date}).</source>
        <translation>Le retour des clés est déjà enregistré (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="675" />
        <source>L'état des lieux de sortie est déjà enregistré.</source>
        <translation>L'état des lieux de sortie est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="679" />
        <location filename="../../desktop/services/notices.py" line="774" />
        <source>Indiquez comment les clés ont été rendues.</source>
        <translation>Indiquez comment les clés ont été rendues.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="683" />
        <source>L'état des lieux ne peut pas être prévu avant le retour des clés.</source>
        <translation>L'état des lieux ne peut pas être prévu avant le retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="694" />
        <source>Clés rendues le {date} sans état des lieux ({mode}) ; dépôt de garantie à restituer avant le {due}</source>
        <translation>Clés rendues le {date} sans état des lieux ({mode}) ; dépôt de garantie à restituer avant le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="701" />
        <source> ; état des lieux prévu le {date}</source>
        <translation> ; état des lieux prévu le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="720" />
        <source>Les clés ont été rendues : le congé ne peut plus être retiré.</source>
        <translation>Les clés ont été rendues : le congé ne peut plus être retiré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="727" />
        <source>Congé retiré, décision de {who} : {reason}</source>
        <translation>Congé retiré, décision de {who} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="736" />
        <source>Indiquez la date de retour des clés.</source>
        <translation>Indiquez la date de retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="740" />
        <location filename="../../desktop/services/notices.py" line="768" />
        <source>Cette date ne peut pas précéder la réception du congé ({date}).</source>
        <translation>Cette date ne peut pas précéder la réception du congé ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="761" />
        <source>Indiquez la date de l'état des lieux de sortie ou du retour des clés.</source>
        <translation>Indiquez la date de l'état des lieux de sortie ou du retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="786" />
        <source>État des lieux de sortie le {date} ({match})</source>
        <translation>État des lieux de sortie le {date} ({match})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="789" />
        <source>conforme à l'entrée</source>
        <translation>conforme à l'entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="791" />
        <source>différent de l'entrée</source>
        <translation>différent de l'entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="793" />
        <source>clés rendues le {date} ({mode}) ; dépôt de garantie à restituer avant le {due}</source>
        <translation>clés rendues le {date} ({mode}) ; dépôt de garantie à restituer avant le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="814" />
        <source>Enregistrez d'abord le retour des clés.</source>
        <translation>Enregistrez d'abord le retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="817" />
        <source>Indiquez la date de restitution du dépôt de garantie.</source>
        <translation>Indiquez la date de restitution du dépôt de garantie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="823" />
        <source>La restitution ne peut pas précéder le retour des clés ({date}).</source>
        <translation>La restitution ne peut pas précéder le retour des clés ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="830" />
        <source>Dépôt de garantie restitué le {date}</source>
        <translation>Dépôt de garantie restitué le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="833" />
        <source> ; restitution tardive (échéance le {due}) : pénalité de {amount}</source>
        <translation> ; restitution tardive (échéance le {due}) : pénalité de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="953" />
        <location filename="../../desktop/services/plans.py" line="1428" />
        <source>Locataire</source>
        <extracomment>``EN_COURS``, ``RETIRE``, ``TERMINE``, or ``None`` for every notice. Departure (end of the notice, or postponed departure) in the current month.</extracomment>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="955" />
        <location filename="../../desktop/services/plans.py" line="1430" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="956" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="957" />
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="958" />
        <source>Mode de remise</source>
        <translation>Mode de remise</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="959" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="960" />
        <source>Justificatif</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="961" />
        <source>Préavis (mois)</source>
        <translation>Préavis (mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="962" />
        <source>Fin du préavis</source>
        <translation>Fin du préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="963" />
        <source>Fin si justificatif fourni</source>
        <translation>Fin si justificatif fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="964" />
        <source>Départ</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="965" />
        <source>Clés rendues le</source>
        <translation>Clés rendues le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="966" />
        <source>Dépôt à restituer avant le</source>
        <translation>Dépôt à restituer avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="967" />
        <source>Dépôt restitué le</source>
        <translation>Dépôt restitué le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="968" />
        <source>Alerte dépôt</source>
        <translation>Alerte dépôt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="970" />
        <source>manquant</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="971" />
        <source>non requis</source>
        <translation>non requis</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="972" />
        <source>reçu ou accordé</source>
        <translation>reçu ou accordé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="975" />
        <source>échéance proche</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices.py" line="996" />
        <source>Congés</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="68" />
        <source>Champ attendu sous la forme NOM=VALEUR : « {value} ».</source>
        <translation>Champ attendu sous la forme NOM=VALEUR : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="80" />
        <source>Aucun certificat de signature : indiquez --cert FICHIER.p12 ou réglez « signing_certificate ».</source>
        <translation>Aucun certificat de signature : indiquez --cert FICHIER.p12 ou réglez « signing_certificate ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="96" />
        <location filename="../../desktop/commands/notice.py" line="138" />
        <location filename="../../desktop/commands/plan.py" line="208" />
        <location filename="../../desktop/services/accounts.py" line="165" />
        <location filename="../../desktop/services/tenants.py" line="442" />
        <source>Agence inconnue : {code}.</source>
        <translation>Agence inconnue : {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="122" />
        <source>Numéros de dossiers attendus, séparés par des virgules.</source>
        <translation>Numéros de dossiers attendus, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="452" />
        <source>Ce numéro de contrat est déjà celui du dossier de {name}.</source>
        <translation>Ce numéro de contrat est déjà celui du dossier de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="470" />
        <source>Ce logement est déjà occupé (dossier de {name}).</source>
        <translation>Ce logement est déjà occupé (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="566" />
        <source>Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.</source>
        <translation>Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="581" />
        <source>Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour voir la version actuelle.</source>
        <translation>Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="629" />
        <source>Un dossier clos ne peut pas être modifié.</source>
        <translation>Un dossier clos ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="676" />
        <source>Indiquez le motif de clôture.</source>
        <translation>Indiquez le motif de clôture.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="682" />
        <source>La date de clôture n'est pas plausible.</source>
        <translation>La date de clôture n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="694" />
        <source>Ce dossier est déjà clos.</source>
        <translation>Ce dossier est déjà clos.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="697" />
        <source>La clôture ne peut pas précéder le début du bail.</source>
        <translation>La clôture ne peut pas précéder le début du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="105" />
        <source>Impossible de produire le PDF : ni LibreOffice ni Microsoft Word n'a été trouvé sur ce poste. Installez LibreOffice (gratuit) ou indiquez son emplacement dans les réglages (libreoffice_path). Le document Word a bien été produit.</source>
        <translation>Impossible de produire le PDF : ni LibreOffice ni Microsoft Word n'a été trouvé sur ce poste. Installez LibreOffice (gratuit) ou indiquez son emplacement dans les réglages (libreoffice_path). Le document Word a bien été produit.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="133" />
        <source>Trop de conversions PDF en cours sur ce poste ; réessayez.</source>
        <translation>Trop de conversions PDF en cours sur ce poste ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="299" />
        <source>LibreOffice n'a pas pu convertir ce document en PDF.</source>
        <translation>LibreOffice n'a pas pu convertir ce document en PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="312" />
        <source>LibreOffice ne démarre pas ({soffice}) : {output}</source>
        <translation>LibreOffice ne démarre pas ({soffice}) : {output}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="384" />
        <source>Microsoft Word n'a pas pu convertir ce document : {error}</source>
        <translation>Microsoft Word n'a pas pu convertir ce document : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="446" />
        <source>La conversion en PDF a échoué.</source>
        <translation>La conversion en PDF a échoué.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="53" />
        <source>corps du document</source>
        <translation>corps du document</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="54" />
        <source>en-tête</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="55" />
        <source>pied de page</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="74" />
        <source>Modèle « {template} », {place} : {problem}</source>
        <translation>Modèle « {template} », {place} : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="78" />
        <source>Modèle « {template} » : {problem}</source>
        <translation>Modèle « {template} » : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="340" />
        <source>la balise « {tag} » n'est pas fermée avant la suivante.</source>
        <translation>la balise « {tag} » n'est pas fermée avant la suivante.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="346" />
        <source>« {token} » ferme une balise ouverte dans un autre paragraphe : une balise doit tenir dans un seul paragraphe.</source>
        <translation>« {token} » ferme une balise ouverte dans un autre paragraphe : une balise doit tenir dans un seul paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="362" />
        <source>« {{% {word} %}} » ferme un bloc ouvert dans un autre paragraphe : écrivez les deux balises sous la forme « {{%p … %}} », chacune seule dans son paragraphe.</source>
        <translation>« {{% {word} %}} » ferme un bloc ouvert dans un autre paragraphe : écrivez les deux balises sous la forme « {{%p … %}} », chacune seule dans son paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="369" />
        <source>la balise « {tag} » n'est pas fermée dans ce paragraphe (balise coupée entre deux paragraphes ?).</source>
        <translation>la balise « {tag} » n'est pas fermée dans ce paragraphe (balise coupée entre deux paragraphes ?).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="374" />
        <source>le bloc « {{% {word} … %}} » n'est pas fermé dans ce paragraphe : pour un bloc sur plusieurs paragraphes, écrivez « {{%p {word} … %}} » seul dans son paragraphe.</source>
        <translation>le bloc « {{% {word} … %}} » n'est pas fermé dans ce paragraphe : pour un bloc sur plusieurs paragraphes, écrivez « {{%p {word} … %}} » seul dans son paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="381" />
        <source>une balise « {{%p … %}} » doit être seule dans son paragraphe ; le texte « {text} » serait perdu.</source>
        <translation>une balise « {{%p … %}} » doit être seule dans son paragraphe ; le texte « {text} » serait perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="392" />
        <source>les balises include, import et extends sont interdites dans un modèle (il ne peut pas lire d'autres fichiers).</source>
        <translation>les balises include, import et extends sont interdites dans un modèle (il ne peut pas lire d'autres fichiers).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="398" />
        <source>balise inconnue « {tag} ».</source>
        <translation>balise inconnue « {tag} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="401" />
        <source>le bloc « {block} » n'est jamais fermé (il manque « end{block} »).</source>
        <translation>le bloc « {block} » n'est jamais fermé (il manque « end{block} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="406" />
        <source>fin du modèle inattendue : un bloc n'est pas fermé.</source>
        <translation>fin du modèle inattendue : un bloc n'est pas fermé.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="409" />
        <source>filtre inconnu « {name} ».</source>
        <translation>filtre inconnu « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="410" />
        <source>erreur de syntaxe dans une balise (détail : {detail}).</source>
        <translation>erreur de syntaxe dans une balise (détail : {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="416" />
        <source>champ inconnu « {field} » (voir la référence des champs).</source>
        <translation>champ inconnu « {field} » (voir la référence des champs).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="420" />
        <source>opération interdite dans un modèle (accès refusé : {detail}).</source>
        <translation>opération interdite dans un modèle (accès refusé : {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="424" />
        <source>valeur absente : {detail}.</source>
        <translation>valeur absente : {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="425" />
        <source>erreur pendant le remplissage ({kind} : {detail}).</source>
        <translation>erreur pendant le remplissage ({kind} : {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="540" />
        <location filename="../../desktop/documents/engine.py" line="584" />
        <source>le fichier n'est pas un document Word (.docx) lisible ({detail}).</source>
        <translation>le fichier n'est pas un document Word (.docx) lisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="91" />
        <source>{where} : nom de champ invalide « {name} » (minuscules, chiffres et _ ; commence par une lettre).</source>
        <translation>{where} : nom de champ invalide « {name} » (minuscules, chiffres et _ ; commence par une lettre).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="95" />
        <source>{where} : type de champ inconnu « {kind} » pour « {name} » (attendu : {kinds}).</source>
        <translation>{where} : type de champ inconnu « {kind} » pour « {name} » (attendu : {kinds}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="113" />
        <source>Fiche du modèle illisible ({where}) : {error}</source>
        <translation>Fiche du modèle illisible ({where}) : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="119" />
        <source>{where} : un champ est déclaré deux fois.</source>
        <translation>{where} : un champ est déclaré deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="153" />
        <source>Modèle inconnu : « {name} ». Modèles disponibles : {known}.</source>
        <translation>Modèle inconnu : « {name} ». Modèles disponibles : {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="198" />
        <source>« {label} » est obligatoire.</source>
        <translation>« {label} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="215" />
        <source>« {label} » : date attendue (jj/mm/aaaa).</source>
        <translation>« {label} » : date attendue (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="216" />
        <source>« {label} » : montant attendu (ex. 1 234,56).</source>
        <translation>« {label} » : montant attendu (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="217" />
        <source>« {label} » : nombre entier attendu.</source>
        <translation>« {label} » : nombre entier attendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="218" />
        <source>« {label} » : 4 000 caractères au plus.</source>
        <translation>« {label} » : 4 000 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/profile.py" line="163" />
        <source>Profil de l'organisme introuvable : {path}.</source>
        <translation>Profil de l'organisme introuvable : {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/profile.py" line="166" />
        <source>Profil de l'organisme illisible ({path}) : {error}</source>
        <translation>Profil de l'organisme illisible ({path}) : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/profile.py" line="171" />
        <source>Profil de l'organisme sans nom de bailleur ({path}).</source>
        <translation>Profil de l'organisme sans nom de bailleur ({path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="95" />
        <source>L'adresse est vide.</source>
        <translation>L'adresse est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="98" />
        <source>L'adresse compte {count} lignes ; {max} au plus.</source>
        <translation>L'adresse compte {count} lignes ; {max} au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="105" />
        <source>Ligne {n} de l'adresse vide : pas de ligne blanche.</source>
        <translation>Ligne {n} de l'adresse vide : pas de ligne blanche.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="108" />
        <source>Ligne {n} de l'adresse trop longue ({length} caractères, {max} au plus) : « {line} ».</source>
        <translation>Ligne {n} de l'adresse trop longue ({length} caractères, {max} au plus) : « {line} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="113" />
        <source>Ligne {n} de l'adresse : majuscules sans accent ni ponctuation attendues (« {line} »).</source>
        <translation>Ligne {n} de l'adresse : majuscules sans accent ni ponctuation attendues (« {line} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="118" />
        <source>La dernière ligne de l'adresse doit être le code postal (5 chiffres) suivi de la commune en majuscules.</source>
        <translation>La dernière ligne de l'adresse doit être le code postal (5 chiffres) suivi de la commune en majuscules.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="190" />
        <source>Destinataire sans nom : l'adresse ne peut pas être faite.</source>
        <translation>Destinataire sans nom : l'adresse ne peut pas être faite.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="193" />
        <source>Adresse sans numéro ni voie.</source>
        <translation>Adresse sans numéro ni voie.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="196" />
        <source>Code postal manquant ou invalide : « {value} ».</source>
        <translation>Code postal manquant ou invalide : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="201" />
        <source>Adresse postale incorrecte : {details}</source>
        <translation>Adresse postale incorrecte : {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="43" />
        <source>Dossier locataire après le départ</source>
        <translation>Dossier locataire après le départ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="44" />
        <source>date de clôture du dossier (départ)</source>
        <translation>date de clôture du dossier (départ)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="46" />
        <source>Non confirmé : prescription des loyers de 3 ans (art. 7-1 loi n° 89-462) ; à valider par le DPO.</source>
        <translation>Non confirmé : prescription des loyers de 3 ans (art. 7-1 loi n° 89-462) ; à valider par le DPO.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="53" />
        <source>Dossier clos avec un impayé</source>
        <translation>Dossier clos avec un impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="54" />
        <source>date de clôture du dossier, solde débiteur</source>
        <translation>date de clôture du dossier, solde débiteur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="56" />
        <source>Pré-contentieux : jusqu'au règlement amiable ou à la prescription de l'action ; contentieux : jusqu'à la prescription de l'exécution du jugement (délibération CNIL 2014-123). Durée à valider par le DPO.</source>
        <translation>Pré-contentieux : jusqu'au règlement amiable ou à la prescription de l'action ; contentieux : jusqu'à la prescription de l'exécution du jugement (délibération CNIL 2014-123). Durée à valider par le DPO.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="64" />
        <source>Demande de logement</source>
        <translation>Demande de logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="65" />
        <source>radiation ou attribution</source>
        <translation>radiation ou attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="67" />
        <source>Suppression à la radiation ou à l'attribution (délibération CNIL 2014-122, NS-20).</source>
        <translation>Suppression à la radiation ou à l'attribution (délibération CNIL 2014-122, NS-20).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="75" />
        <source>Procès-verbaux de CALEOL</source>
        <translation>Procès-verbaux de CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="76" />
        <source>date de la séance</source>
        <translation>date de la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="78" />
        <source>Non confirmé : règles d'archives du code du patrimoine pour les organismes publics ; à valider par le DPO et l'archiviste.</source>
        <translation>Non confirmé : règles d'archives du code du patrimoine pour les organismes publics ; à valider par le DPO et l'archiviste.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="86" />
        <source>Notes d'appels des campagnes de crise</source>
        <translation>Notes d'appels des campagnes de crise</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="87" />
        <source>fin de la campagne</source>
        <translation>fin de la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="89" />
        <source>Finalité limitée à la crise : suppression ou anonymisation à la fin de la crise (recommandations d'avril 2020 aux bailleurs sociaux).</source>
        <translation>Finalité limitée à la crise : suppression ou anonymisation à la fin de la crise (recommandations d'avril 2020 aux bailleurs sociaux).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="25" />
        <source>Administrateur</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="26" />
        <source>Responsable d'agence</source>
        <translation>Responsable d'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="27" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="28" />
        <source>Secrétaire CALEOL</source>
        <translation>Secrétaire CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="29" />
        <source>Membre CALEOL</source>
        <translation>Membre CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="30" />
        <source>Auditeur</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="82" />
        <source>consulter les dossiers locataires</source>
        <translation>consulter les dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="83" />
        <source>consulter les données sensibles des dossiers</source>
        <translation>consulter les données sensibles des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="85" />
        <source>créer ou modifier un dossier locataire</source>
        <translation>créer ou modifier un dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="86" />
        <source>clore un dossier locataire</source>
        <translation>clore un dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="87" />
        <source>importer des locataires</source>
        <translation>importer des locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="88" />
        <source>exporter les données d'une personne (droit d'accès)</source>
        <translation>exporter les données d'une personne (droit d'accès)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="90" />
        <source>gérer les agences</source>
        <translation>gérer les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="91" />
        <source>gérer les comptes</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="92" />
        <source>consulter le journal d'audit</source>
        <translation>consulter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="93" />
        <source>gérer la conservation des données</source>
        <translation>gérer la conservation des données</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="94" />
        <source>gérer les sauvegardes</source>
        <translation>gérer les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="95" />
        <source>modifier les réglages</source>
        <translation>modifier les réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="96" />
        <source>générer une base de démonstration</source>
        <translation>générer une base de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="97" />
        <source>consulter les procès-verbaux CALEOL</source>
        <translation>consulter les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="98" />
        <source>rédiger les procès-verbaux CALEOL</source>
        <translation>rédiger les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="99" />
        <source>approuver les procès-verbaux CALEOL</source>
        <translation>approuver les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="107" />
        <source>Le mot de passe doit compter au moins {min} caractères.</source>
        <translation>Le mot de passe doit compter au moins {min} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="111" />
        <source>Le mot de passe doit compter au plus {max} caractères.</source>
        <translation>Le mot de passe doit compter au plus {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="121" />
        <source>Le mot de passe doit mêler au moins trois types de caractères parmi minuscules, majuscules, chiffres et symboles.</source>
        <translation>Le mot de passe doit mêler au moins trois types de caractères parmi minuscules, majuscules, chiffres et symboles.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="126" />
        <source>Le mot de passe ne doit pas contenir l'identifiant.</source>
        <translation>Le mot de passe ne doit pas contenir l'identifiant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="143" />
        <source>Identifiant : 2 à 80 caractères parmi lettres sans accent, chiffres, point, tiret et tiret bas.</source>
        <translation>Identifiant : 2 à 80 caractères parmi lettres sans accent, chiffres, point, tiret et tiret bas.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="151" />
        <source>Ce champ contient des caractères de contrôle.</source>
        <translation>Ce champ contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="158" />
        <source>Un agent ou un responsable d'agence doit être rattaché à une agence.</source>
        <translation>Un agent ou un responsable d'agence doit être rattaché à une agence.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="174" />
        <source>Rôle inconnu : {role}.</source>
        <translation>Rôle inconnu : {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="192" />
        <source>L'identifiant « {name} » est déjà pris.</source>
        <translation>L'identifiant « {name} » est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="199" />
        <source>Le compte n° {id} n'existe pas ou plus.</source>
        <translation>Le compte n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="209" />
        <source>Aucun compte « {name} ».</source>
        <translation>Aucun compte « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="231" />
        <source>Un administrateur existe déjà : connectez-vous avec son compte.</source>
        <translation>Un administrateur existe déjà : connectez-vous avec son compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="285" />
        <location filename="../../desktop/services/accounts.py" line="551" />
        <source>Cet identifiant est déjà pris.</source>
        <translation>Cet identifiant est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="334" />
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="340" />
        <source>Ce compte est verrouillé après trop d'échecs de connexion. Réessayez dans {minutes} minutes ou demandez à un administrateur de le déverrouiller.</source>
        <translation>Ce compte est verrouillé après trop d'échecs de connexion. Réessayez dans {minutes} minutes ou demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="345" />
        <source>Ce compte est verrouillé après trop d'échecs de connexion : demandez à un administrateur de le déverrouiller.</source>
        <translation>Ce compte est verrouillé après trop d'échecs de connexion : demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="423" />
        <source>Ce compte est désactivé : adressez-vous à un administrateur.</source>
        <translation>Ce compte est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="451" />
        <source>Aucun compte n'est associé à cette session.</source>
        <translation>Aucun compte n'est associé à cette session.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="458" />
        <source>Le mot de passe actuel est incorrect.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="461" />
        <source>Le nouveau mot de passe doit différer de l'actuel.</source>
        <translation>Le nouveau mot de passe doit différer de l'actuel.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="504" />
        <source>Le compte n° {id} a été modifié entre-temps : rechargez la liste des comptes.</source>
        <translation>Le compte n° {id} a été modifié entre-temps : rechargez la liste des comptes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="540" />
        <source>Il doit rester au moins un administrateur actif : ce changement est refusé.</source>
        <translation>Il doit rester au moins un administrateur actif : ce changement est refusé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="82" />
        <source>création</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="83" />
        <source>modification</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="84" />
        <source>clôture</source>
        <translation>clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="85" />
        <location filename="../../desktop/services/audit.py" line="104" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="86" />
        <source>base de démonstration</source>
        <translation>base de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="87" />
        <source>consultation de données sensibles</source>
        <translation>consultation de données sensibles</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="88" />
        <source>action refusée</source>
        <translation>action refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="89" />
        <source>connexion</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="90" />
        <source>connexion refusée</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="91" />
        <source>verrouillage du compte</source>
        <translation>verrouillage du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="92" />
        <source>déverrouillage du compte</source>
        <translation>déverrouillage du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="93" />
        <source>changement de mot de passe</source>
        <translation>changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="94" />
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="95" />
        <source>purge (conservation des données)</source>
        <translation>purge (conservation des données)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="96" />
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="97" />
        <location filename="../../desktop/services/audit.py" line="109" />
        <source>sauvegarde</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="98" />
        <source>restauration</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="101" />
        <source>dossier locataire</source>
        <translation>dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="102" />
        <source>agence</source>
        <translation>agence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="103" />
        <source>compte</source>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="105" />
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="106" />
        <source>réglage</source>
        <translation>réglage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="107" />
        <source>journal d'audit</source>
        <translation>journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="108" />
        <source>conservation des données</source>
        <translation>conservation des données</translation>
    </message>
    <message>
        <location filename="../../desktop/services/authz.py" line="32" />
        <source>Accès refusé : votre compte ne peut pas {action} d'une autre agence que la vôtre. Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : votre compte ne peut pas {action} d'une autre agence que la vôtre. Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/authz.py" line="38" />
        <source>Accès refusé : votre rôle ne permet pas de {action}. Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : votre rôle ne permet pas de {action}. Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="52" />
        <source>Les sauvegardes intégrées concernent la base SQLite locale. Sur PostgreSQL, sauvegardez la base avec pg_dump (voir le README).</source>
        <translation>Les sauvegardes intégrées concernent la base SQLite locale. Sur PostgreSQL, sauvegardez la base avec pg_dump (voir le README).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="112" />
        <source>La sauvegarde n'a pas passé la vérification d'intégrité : {error}</source>
        <translation>La sauvegarde n'a pas passé la vérification d'intégrité : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="117" />
        <location filename="../../desktop/services/backup.py" line="120" />
        <source>La sauvegarde a échoué : {error}</source>
        <translation>La sauvegarde a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="213" />
        <source>« {name} » n'est pas une sauvegarde de Parcours lisible.</source>
        <translation>« {name} » n'est pas une sauvegarde de Parcours lisible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="216" />
        <source>Le fichier « {name} » n'existe pas.</source>
        <translation>Le fichier « {name} » n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="224" />
        <source>La sauvegarde « {name} » est endommagée : {error}</source>
        <translation>La sauvegarde « {name} » est endommagée : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="236" />
        <source>La sauvegarde « {name} » a la version de schéma « {found} », que cette version de Parcours ne connaît pas (attendue : {expected}).</source>
        <translation>La sauvegarde « {name} » a la version de schéma « {found} », que cette version de Parcours ne connaît pas (attendue : {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="255" />
        <source>Choisissez un fichier de sauvegarde, pas la base elle-même.</source>
        <translation>Choisissez un fichier de sauvegarde, pas la base elle-même.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="263" />
        <source>La restauration a échoué : {error}. La base d'avant est dans « {name} ».</source>
        <translation>La restauration a échoué : {error}. La base d'avant est dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="116" />
        <source>Sans objet : {reason}</source>
        <translation>Sans objet : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="384" />
        <source>Le plan n° {id} n'existe pas ou plus.</source>
        <translation>Le plan n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="400" />
        <source>Ce plan a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le plan pour voir la version actuelle.</source>
        <translation>Ce plan a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le plan pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="441" />
        <source>{type} n° {id}</source>
        <translation>{type} n° {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="508" />
        <source>{plan} : {old} → {new}</source>
        <translation>{plan} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="511" />
        <source>(automatique)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="535" />
        <location filename="../../desktop/services/plans.py" line="717" />
        <source>dette soldée</source>
        <translation>dette soldée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="605" />
        <source>Un dossier clos ne peut pas recevoir de plan d'apurement.</source>
        <translation>Un dossier clos ne peut pas recevoir de plan d'apurement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="609" />
        <source>Ce dossier a déjà un accord en cours ({plan}, statut « {status} ») : clôturez-le ou annulez-le avant d'en créer un autre.</source>
        <translation>Ce dossier a déjà un accord en cours ({plan}, statut « {status} ») : clôturez-le ou annulez-le avant d'en créer un autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="625" />
        <source>{plan} : {debt} en {count} échéance(s)</source>
        <translation>{plan} : {debt} en {count} échéance(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="642" />
        <source>Un plan signé ne peut plus être modifié : pour un protocole, signez un avenant ; sinon, établissez un nouveau plan.</source>
        <translation>Un plan signé ne peut plus être modifié : pour un protocole, signez un avenant ; sinon, établissez un nouveau plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="678" />
        <source>Indiquez le motif.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="683" />
        <source>Le plan annexé au protocole doit être approuvé par la CAF ou la MSA : indiquez la date d'approbation avant la signature.</source>
        <translation>Le plan annexé au protocole doit être approuvé par la CAF ou la MSA : indiquez la date d'approbation avant la signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="687" />
        <source>La signature ne peut pas précéder l'arrêté de la dette ({date}).</source>
        <translation>La signature ne peut pas précéder l'arrêté de la dette ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="694" />
        <source>plan régularisé</source>
        <translation>plan régularisé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="699" />
        <source>{count} échéance(s) échue(s) reste(nt) impayée(s), la plus ancienne du {date} : le plan ne peut pas être déclaré respecté.</source>
        <translation>{count} échéance(s) échue(s) reste(nt) impayée(s), la plus ancienne du {date} : le plan ne peut pas être déclaré respecté.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="713" />
        <source>Des échéances restent dues : indiquez comment la dette a été soldée (ex. : versement du FSL, remise de dette).</source>
        <translation>Des échéances restent dues : indiquez comment la dette a été soldée (ex. : versement du FSL, remise de dette).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="723" />
        <source>plan annulé</source>
        <translation>plan annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="751" />
        <source>La date du règlement ne peut pas être dans le futur.</source>
        <translation>La date du règlement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="754" />
        <source>Règlement du {date}, antérieur ou égal à l'arrêté de la dette du plan ({debt_on}) : il est déjà compté dans la dette.</source>
        <translation>Règlement du {date}, antérieur ou égal à l'arrêté de la dette du plan ({debt_on}) : il est déjà compté dans la dette.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="765" />
        <source>Les règlements s'enregistrent sur un plan signé, en cours ou défaillant (ce plan est « {status} »).</source>
        <translation>Les règlements s'enregistrent sur un plan signé, en cours ou défaillant (ce plan est « {status} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="786" />
        <source>{plan} : règlement de {amount} du {date}</source>
        <translation>{plan} : règlement de {amount} du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="805" />
        <source>Ce règlement n'existe pas ou plus.</source>
        <translation>Ce règlement n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="810" />
        <source>{plan} : règlement de {amount} du {date} supprimé</source>
        <translation>{plan} : règlement de {amount} du {date} supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="835" />
        <source>Mode d'envoi inconnu.</source>
        <translation>Mode d'envoi inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="845" />
        <source>Cette action n'existe pas ou plus.</source>
        <translation>Cette action n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="847" />
        <source>Cette action est déjà faite (le {date}).</source>
        <translation>Cette action est déjà faite (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="851" />
        <source>Saisie le {date}, la CCAPEX ne l'est pas 2 mois avant l'assignation prévue le {summons} : reportez l'assignation au {earliest} au moins.</source>
        <translation>Saisie le {date}, la CCAPEX ne l'est pas 2 mois avant l'assignation prévue le {summons} : reportez l'assignation au {earliest} au moins.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="879" />
        <source>Une assignation ne se prévoit que pour un plan défaillant ou caduc.</source>
        <translation>Une assignation ne se prévoit que pour un plan défaillant ou caduc.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="888" />
        <source>{plan} : assignation envisagée le {date}</source>
        <translation>{plan} : assignation envisagée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="909" />
        <source>Seul un protocole se prolonge par avenant.</source>
        <translation>Seul un protocole se prolonge par avenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="912" />
        <source>Un avenant se signe sur un protocole signé, en cours ou défaillant.</source>
        <translation>Un avenant se signe sur un protocole signé, en cours ou défaillant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="932" />
        <source>La dernière échéance ({date}) tombe après la nouvelle fin du protocole ({end}).</source>
        <translation>La dernière échéance ({date}) tombe après la nouvelle fin du protocole ({end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="943" />
        <source>{plan} : avenant signé le {date}, fin reportée au {end} ; reste {amount} en {count} échéance(s)</source>
        <translation>{plan} : avenant signé le {date}, fin reportée au {end} ; reste {amount} en {count} échéance(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="949" />
        <location filename="../../desktop/services/plans.py" line="952" />
        <source>avenant signé</source>
        <translation>avenant signé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1018" />
        <source>Un autre poste a modifié un plan pendant l'actualisation : recommencez.</source>
        <translation>Un autre poste a modifié un plan pendant l'actualisation : recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1036" />
        <source>Date du règlement</source>
        <translation>Date du règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1041" />
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1045" />
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1210" />
        <source>Contrat « {value} » inconnu.</source>
        <translation>Contrat « {value} » inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1213" />
        <source>Le contrat « {value} » relève d'une autre agence que la vôtre.</source>
        <translation>Le contrat « {value} » relève d'une autre agence que la vôtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1219" />
        <source>Le dossier de {name} (contrat « {value} ») n'a pas de plan signé ou en cours.</source>
        <translation>Le dossier de {name} (contrat « {value} ») n'a pas de plan signé ou en cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1230" />
        <source>Règlement déjà enregistré (même date, montant et référence) : ignoré.</source>
        <translation>Règlement déjà enregistré (même date, montant et référence) : ignoré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1274" />
        <source>Ligne {line} : le plan de {name} n'est plus en cours. Rien n'a été importé : vérifiez à nouveau le fichier.</source>
        <translation>Ligne {line} : le plan de {name} n'est plus en cours. Rien n'a été importé : vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1284" />
        <source>{plan} : {count} règlement(s) importé(s) de « {file} », {amount}</source>
        <translation>{plan} : {count} règlement(s) importé(s) de « {file} », {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1299" />
        <source>Un autre poste a modifié un plan pendant l'import : rien n'a été importé. Recommencez l'import.</source>
        <translation>Un autre poste a modifié un plan pendant l'import : rien n'a été importé. Recommencez l'import.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1432" />
        <source>Dette (€)</source>
        <translation>Dette (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1433" />
        <source>Loyer + charges (€)</source>
        <translation>Loyer + charges (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1434" />
        <source>Mois de dette</source>
        <translation>Mois de dette</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1435" />
        <source>Impayé au sens de l'aide au logement (≥ 2 mois)</source>
        <translation>Impayé au sens de l'aide au logement (≥ 2 mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1436" />
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1437" />
        <source>Statut de l'accord</source>
        <translation>Statut de l'accord</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1438" />
        <source>Reste dû sur l'accord (€)</source>
        <translation>Reste dû sur l'accord (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1439" />
        <source>Prochaine échéance</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1440" />
        <source>Prochaine action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1441" />
        <source>À faire le</source>
        <translation>À faire le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1470" />
        <source>Impayés</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1474" />
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1474" />
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1475" />
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans.py" line="1508" />
        <source>Impossible d'enregistrer « {name} » : le fichier est peut-être ouvert dans Excel.</source>
        <translation>Impossible d'enregistrer « {name} » : le fichier est peut-être ouvert dans Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="61" />
        <source>{rule} : clos le {closed}, conservation de {months} mois échue le {due}.</source>
        <translation>{rule} : clos le {closed}, conservation de {months} mois échue le {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="44" />
        <source>Échecs de connexion avant verrouillage du compte</source>
        <translation>Échecs de connexion avant verrouillage du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="46" />
        <source>Durée du verrouillage en minutes (0 : jusqu'au déverrouillage par un administrateur)</source>
        <translation>Durée du verrouillage en minutes (0 : jusqu'au déverrouillage par un administrateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="50" />
        <source>Durée de conservation des sauvegardes automatiques (jours)</source>
        <translation>Durée de conservation des sauvegardes automatiques (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="100" />
        <source>Réglage inconnu.</source>
        <translation>Réglage inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="108" />
        <source>Nombre entier attendu.</source>
        <translation>Nombre entier attendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="111" />
        <source>Valeur attendue entre {min} et {max}.</source>
        <translation>Valeur attendue entre {min} et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet.py" line="70" />
        <source>Le fichier d'export doit avoir l'extension .xlsx.</source>
        <translation>Le fichier d'export doit avoir l'extension .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet.py" line="83" />
        <source>Impossible d'écrire le fichier « {name} » : {error}</source>
        <translation>Impossible d'écrire le fichier « {name} » : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="64" />
        <source>Certificat introuvable : {path}.</source>
        <translation>Certificat introuvable : {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="72" />
        <source>Impossible d'ouvrir le certificat {name} : mot de passe incorrect ou fichier PKCS#12 invalide.</source>
        <translation>Impossible d'ouvrir le certificat {name} : mot de passe incorrect ou fichier PKCS#12 invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="123" />
        <source>Le PDF à signer est illisible ({name}).</source>
        <translation>Le PDF à signer est illisible ({name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="144" />
        <source>La signature du PDF a échoué : {error}</source>
        <translation>La signature du PDF a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="202" />
        <source>Ce PDF ne comporte aucune signature.</source>
        <translation>Ce PDF ne comporte aucune signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="204" />
        <source>Signature INVALIDE : le document a été modifié depuis sa signature par {signer}.</source>
        <translation>Signature INVALIDE : le document a été modifié depuis sa signature par {signer}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="209" />
        <source>Signé par {signer} le {when}, mais le document a été complété après la signature.</source>
        <translation>Signé par {signer} le {when}, mais le document a été complété après la signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="213" />
        <source>Signature valide : signé par {signer} le {when} ; document intact.</source>
        <translation>Signature valide : signé par {signer} le {when} ; document intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="216" />
        <source>Signé par {signer} le {when} ; document intact. Le certificat n'est pas reconnu comme certificat de confiance sur ce poste.</source>
        <translation>Signé par {signer} le {when} ; document intact. Le certificat n'est pas reconnu comme certificat de confiance sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/users.py" line="73" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/html.py" line="81" />
        <source>Modèle HTML incorrect : {error}</source>
        <translation>Modèle HTML incorrect : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="44" />
        <source>Proposition de plan (avec l'échéancier)</source>
        <translation>Proposition de plan (avec l'échéancier)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="45" />
        <source>Protocole d'accord à signer par les parties</source>
        <translation>Protocole d'accord à signer par les parties</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="46" />
        <source>Relance : échéance impayée</source>
        <translation>Relance : échéance impayée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="47" />
        <source>Notification de défaillance</source>
        <translation>Notification de défaillance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="68" />
        <source>dès que {count} échéance(s) reste(nt) impayée(s) plus de {days} jours après leur date</source>
        <translation>dès que {count} échéance(s) reste(nt) impayée(s) plus de {days} jours après leur date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="72" />
        <source>dès qu'un loyer courant reste impayé plus de {days} jours</source>
        <translation>dès qu'un loyer courant reste impayé plus de {days} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="75" />
        <source> ou </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="127" />
        <source>Aucune échéance de ce plan n'est en retard : pas de relance à envoyer.</source>
        <translation>Aucune échéance de ce plan n'est en retard : pas de relance à envoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="136" />
        <source>La notification de défaillance concerne un plan défaillant (ce plan est « {status} »).</source>
        <translation>La notification de défaillance concerne un plan défaillant (ce plan est « {status} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="139" />
        <source>défaillance constatée le {date}.</source>
        <translation>défaillance constatée le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="163" />
        <source>« {name} » n'est pas un courrier d'accord de paiement.</source>
        <translation>« {name} » n'est pas un courrier d'accord de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="179" />
        <source>Courrier {reference}</source>
        <translation>Courrier {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="214" />
        <source>Impossible d'enregistrer « {name} » : le fichier est peut-être ouvert.</source>
        <translation>Impossible d'enregistrer « {name} » : le fichier est peut-être ouvert.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="35" />
        <source>Accusé de réception du congé</source>
        <translation>Accusé de réception du congé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="36" />
        <source>Demande du justificatif manquant</source>
        <translation>Demande du justificatif manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="37" />
        <source>Confirmation du préavis réduit</source>
        <translation>Confirmation du préavis réduit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="38" />
        <source>Convention d'occupation temporaire (report du départ)</source>
        <translation>Convention d'occupation temporaire (report du départ)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="40" />
        <source>Accusé de remise des clés sans état des lieux</source>
        <translation>Accusé de remise des clés sans état des lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="72" />
        <source>« {name} » n'est pas un courrier de congé.</source>
        <translation>« {name} » n'est pas un courrier de congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="74" />
        <source>Le courrier « {letter} » ne correspond pas à l'état de ce congé.</source>
        <translation>Le courrier « {letter} » ne correspond pas à l'état de ce congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="98" />
        <source>votre justificatif reçu le {date} ({document})</source>
        <translation>votre justificatif reçu le {date} ({document})</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/selftest.py" line="61" />
        <source>La vérification de la signature a échoué : {summary}</source>
        <translation>La vérification de la signature a échoué : {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/saved_queries.py" line="58" />
        <location filename="../../desktop/services/saved_queries.py" line="93" />
        <source>Aucune recherche enregistrée ne s'appelle « {name} ».</source>
        <translation>Aucune recherche enregistrée ne s'appelle « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/saved_queries.py" line="68" />
        <source>Nom de la recherche : 1 à {max} caractères.</source>
        <translation>Nom de la recherche : 1 à {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/saved_queries.py" line="76" />
        <source>{max} recherches enregistrées au plus : supprimez-en une.</source>
        <translation>{max} recherches enregistrées au plus : supprimez-en une.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="68" />
        <source>Membre désigné par le conseil</source>
        <translation>Membre désigné par le conseil</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="70" />
        <source>Représentant des locataires</source>
        <translation>Représentant des locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="71" />
        <source>Maire de la commune</source>
        <translation>Maire de la commune</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="72" />
        <source>Représentant de l'État</source>
        <translation>Représentant de l'État</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="73" />
        <source>Président de l'EPCI</source>
        <translation>Président de l'EPCI</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="76" />
        <source>Représentant de l'organisme mandant</source>
        <translation>Représentant de l'organisme mandant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="78" />
        <source>Association agréée (L365-3)</source>
        <translation>Association agréée (L365-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="80" />
        <source>CCAS ou service social départemental</source>
        <translation>CCAS ou service social départemental</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="82" />
        <source>Maire d'arrondissement</source>
        <translation>Maire d'arrondissement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="83" />
        <source>Réservataire</source>
        <translation>Réservataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="99" />
        <source>Présent</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="100" />
        <source>À distance</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="101" />
        <source>Représenté</source>
        <translation>Représenté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="102" />
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="121" />
        <source>Séance en présentiel</source>
        <translation>Séance en présentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="122" />
        <source>Séance dématérialisée par visioconférence</source>
        <translation>Séance dématérialisée par visioconférence</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="123" />
        <source>Séance dématérialisée par écrit</source>
        <translation>Séance dématérialisée par écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="146" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="147" />
        <source>Attribution par classement (ordre de priorité)</source>
        <translation>Attribution par classement (ordre de priorité)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="149" />
        <source>Attribution sous condition suspensive</source>
        <translation>Attribution sous condition suspensive</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="151" />
        <source>Non-attribution</source>
        <translation>Non-attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="152" />
        <source>Irrecevabilité</source>
        <translation>Irrecevabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="169" />
        <source>Insuffisance du nombre de candidats</source>
        <translation>Insuffisance du nombre de candidats</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="171" />
        <source>Candidat DALO désigné par le préfet</source>
        <translation>Candidat DALO désigné par le préfet</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="173" />
        <source>Logement PLAI adapté (D331-25-1)</source>
        <translation>Logement PLAI adapté (D331-25-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="189" />
        <source>Pour</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="190" />
        <source>Contre</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="191" />
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="212" />
        <source>Adoptée</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="213" />
        <source>Rejetée</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="214" />
        <source>Partage des voix : non adoptée</source>
        <translation>Partage des voix : non adoptée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="315" />
        <source>Pouvoir de {giver} à {holder} refusé : seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.</source>
        <extracomment>designated members (board's 6, tenant representative included) present or represented needed; default half of the 6 (UNCONFIRMED practice) proxies a member may hold (UNCONFIRMED practice: one) whether the règlement intérieur provides remote sessions (loi 3DS) share of the voting members who must take part in a remote session whether a represented member counts as taking part in a remote session designated_total, designated_present, designated_represented, designated_counted, designated_required, voting_total, voting_taking_part, remote_required, proxies_accepted, proxies_refused giver id → holder id of the proxies that count</extracomment>
        <translation>Pouvoir de {giver} à {holder} refusé : seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="319" />
        <source>Pouvoir de {giver} à {holder} refusé : pouvoir en double.</source>
        <translation>Pouvoir de {giver} à {holder} refusé : pouvoir en double.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="322" />
        <source>Pouvoir de {giver} à {holder} ignoré : {giver} n'est pas indiqué comme représenté.</source>
        <translation>Pouvoir de {giver} à {holder} ignoré : {giver} n'est pas indiqué comme représenté.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="326" />
        <source>Pouvoir de {giver} à {holder} refusé : le mandataire ne participe pas à la séance.</source>
        <translation>Pouvoir de {giver} à {holder} refusé : le mandataire ne participe pas à la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="330" />
        <source>Pouvoir de {giver} à {holder} refusé : un membre ne peut détenir plus de {max} pouvoir(s).</source>
        <translation>Pouvoir de {giver} à {holder} refusé : un membre ne peut détenir plus de {max} pouvoir(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="345" />
        <source>{name} est indiqué comme représenté sans pouvoir valable : compté absent.</source>
        <translation>{name} est indiqué comme représenté sans pouvoir valable : compté absent.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="361" />
        <source>Membres désignés présents ou représentés : {count} sur {total} ({required} requis).</source>
        <translation>Membres désignés présents ou représentés : {count} sur {total} ({required} requis).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="368" />
        <source>Quorum non atteint : {count} membre(s) désigné(s) présent(s) ou représenté(s) sur {total}, {required} requis.</source>
        <translation>Quorum non atteint : {count} membre(s) désigné(s) présent(s) ou représenté(s) sur {total}, {required} requis.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="377" />
        <source>Le règlement intérieur ne prévoit pas de séance dématérialisée.</source>
        <translation>Le règlement intérieur ne prévoit pas de séance dématérialisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="380" />
        <source>Séance dématérialisée : {count} membre(s) à voix délibérative participent sur {total} (au moins {required} requis).</source>
        <translation>Séance dématérialisée : {count} membre(s) à voix délibérative participent sur {total} (au moins {required} requis).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="386" />
        <source>Séance dématérialisée non valable : {count} membre(s) à voix délibérative participent sur {total}, au moins la moitié ({required}) requise.</source>
        <translation>Séance dématérialisée non valable : {count} membre(s) à voix délibérative participent sur {total}, au moins la moitié ({required}) requise.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="409" />
        <source>Le quorum n'est pas atteint : la commission ne peut pas délibérer.</source>
        <translation>Le quorum n'est pas atteint : la commission ne peut pas délibérer.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="449" />
        <source>Le candidat {name} n'a pas de numéro unique : sa demande ne peut pas être examinée.</source>
        <translation>Le candidat {name} n'a pas de numéro unique : sa demande ne peut pas être examinée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="453" />
        <source>Le numéro unique {number} figure deux fois pour ce logement.</source>
        <translation>Le numéro unique {number} figure deux fois pour ce logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="467" />
        <source>{count} candidat(s) seulement pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</source>
        <translation>{count} candidat(s) seulement pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="482" />
        <location filename="../../desktop/domain/caleol.py" line="518" />
        <source>Le rang doit être compris entre 1 et {max}.</source>
        <translation>Le rang doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="485" />
        <source>Le rang {rank} est attribué à plusieurs candidats.</source>
        <translation>Le rang {rank} est attribué à plusieurs candidats.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="515" />
        <source>Une attribution par classement doit indiquer le rang du candidat.</source>
        <translation>Une attribution par classement doit indiquer le rang du candidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="521" />
        <source>Un rang ne s'indique que pour une attribution par classement.</source>
        <translation>Un rang ne s'indique que pour une attribution par classement.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="526" />
        <source>Indiquez la pièce manquante de la condition suspensive.</source>
        <translation>Indiquez la pièce manquante de la condition suspensive.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="529" />
        <source>Indiquez la date limite de production de la pièce manquante.</source>
        <translation>Indiquez la date limite de production de la pièce manquante.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="532" />
        <source>La date limite de la condition suspensive doit être postérieure à la séance.</source>
        <translation>La date limite de la condition suspensive doit être postérieure à la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="537" />
        <source>Le motif est obligatoire pour une décision de {decision}.</source>
        <translation>Le motif est obligatoire pour une décision de {decision}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="582" />
        <source>Le vote du maire n'est pas compté : le logement n'est pas situé dans sa commune.</source>
        <translation>Le vote du maire n'est pas compté : le logement n'est pas situé dans sa commune.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="594" />
        <source>Partage des voix ({pour} pour, {contre} contre) : la voix prépondérante du maire l'emporte ({vote}).</source>
        <translation>Partage des voix ({pour} pour, {contre} contre) : la voix prépondérante du maire l'emporte ({vote}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="600" />
        <source>Partage des voix ({pour} pour, {contre} contre) sans voix prépondérante : la proposition n'est pas adoptée.</source>
        <translation>Partage des voix ({pour} pour, {contre} contre) sans voix prépondérante : la proposition n'est pas adoptée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol.py" line="621" />
        <source>Le délai de réponse à une offre de logement ne peut être inférieur à {min} jours.</source>
        <translation>Le délai de réponse à une offre de logement ne peut être inférieur à {min} jours.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="94" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49" />
        <source>Annulation impossible</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="34" />
        <source>modification du dossier {name}</source>
        <translation>modification du dossier {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="688" />
        <source>Utilisateur : {user} ({role})</source>
        <translation>Utilisateur : {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="694" />
        <source>Comptes</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="697" />
        <source>Journal d'audit</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="700" />
        <source>Conservation des données</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="704" />
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="720" />
        <source>&amp;Compte</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="721" />
        <source>Changer mon &amp;mot de passe…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="724" />
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="725" />
        <source>&amp;Comptes utilisateurs</source>
        <translation>&amp;Comptes utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="726" />
        <source>&amp;Journal d'audit</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="727" />
        <source>Conservation des &amp;données</source>
        <translation>Conservation des &amp;données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="728" />
        <source>&amp;Sauvegardes</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="738" />
        <source>Mot de passe changé.</source>
        <translation>Mot de passe changé.</translation>
    </message>
</context>
</TS>