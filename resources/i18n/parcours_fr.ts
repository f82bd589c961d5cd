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
    <name>CloseFileDialog</name>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="139" />
        <source>Clore le dossier</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="144" />
        <source>Ex. : départ du locataire, décès, mutation</source>
        <translation>Ex. : départ du locataire, décès, mutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="150" />
        <source>Date de clôture</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="151" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="156" />
        <source>Clore</source>
        <translation>Clore</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68" />
        <source>Parcours — dossiers locataires</source>
        <translation>Parcours — dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78" />
        <source>Dossiers locataires</source>
        <translation>Dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93" />
        <source>Base : {label}</source>
        <translation>Base : {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94" />
        <source>Utilisateur : {user}</source>
        <translation>Utilisateur : {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117" />
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118" />
        <source>&amp;Nouveau dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>&amp;Importer des locataires…</source>
        <translation>&amp;Importer des locataires…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122" />
        <source>Nouvelle a&amp;gence…</source>
        <translation>Nouvelle a&amp;gence…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126" />
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141" />
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142" />
        <source>&amp;Actualiser</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144" />
        <source>Ouvrir le dossier sélectionné</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146" />
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>À &amp;propos de Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186" />
        <source>Dossier enregistré.</source>
        <translation>Dossier enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208" />
        <source>À propos de Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209" />
        <source>&lt;b&gt;Parcours {version}&lt;/b&gt;&lt;br&gt;Back-office des bailleurs sociaux : dossiers locataires, congés, plans d'apurement, CALEOL, campagnes.</source>
        <translation>&lt;b&gt;Parcours {version}&lt;/b&gt;&lt;br&gt;Back-office des bailleurs sociaux : dossiers locataires, congés, plans d'apurement, CALEOL, campagnes.</translation>
    </message>
</context>
<context>
    <name>TenantFileDialog</name>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="193" />
        <source>Ménage</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="194" />
        <source>Bail</source>
        <translation>Bail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="195" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="196" />
        <source>Solde et chronologie</source>
        <translation>Solde et chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="198" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="202" />
        <source>Clore le dossier…</source>
        <translation>Clore le dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="204" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="227" />
        <source>Nouveau dossier locataire</source>
        <translation>Nouveau dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="229" />
        <source>&lt;h2&gt;Nouveau dossier locataire&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nouveau dossier locataire&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="266" />
        <source>Ajouter un occupant</source>
        <translation>Ajouter un occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="268" />
        <source>Retirer l'occupant sélectionné</source>
        <translation>Retirer l'occupant sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="272" />
        <source>Ménage isolé (personne seule sans entourage proche)</source>
        <translation>Ménage isolé (personne seule sans entourage proche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="274" />
        <source>Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé à partir des dates de naissance.</source>
        <translation>Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé à partir des dates de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="292" />
        <source>Ex. : BX-2024-00123</source>
        <translation>Ex. : BX-2024-00123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="293" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="294" />
        <source>Ex. : 412,50</source>
        <translation>Ex. : 412,50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="295" />
        <source>Ex. : 85,20</source>
        <translation>Ex. : 85,20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="296" />
        <source>Logement situé en zone tendue</source>
        <translation>Logement situé en zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="309" />
        <source>Ex. : LGT-000123</source>
        <translation>Ex. : LGT-000123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="310" />
        <source>N° et voie</source>
        <translation>N° et voie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="312" />
        <source>Bâtiment, entrée, appartement</source>
        <translation>Bâtiment, entrée, appartement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="318" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="319" />
        <source>0 = rez-de-chaussée</source>
        <translation>0 = rez-de-chaussée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="337" />
        <source>Positif : dette du locataire ; négatif : avoir</source>
        <translation>Positif : dette du locataire ; négatif : avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="341" />
        <source>Solde (€)</source>
        <translation>Solde (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="342" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="347" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="347" />
        <source>Événement</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="347" />
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="347" />
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="352" />
        <source>&lt;b&gt;Chronologie&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="364" />
        <source>M.</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="365" />
        <source>Mme</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="392" />
        <source>Dossier introuvable</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="403" />
        <source>Dossier de {name}</source>
        <translation>Dossier de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="404" />
        <source>dossier actif</source>
        <translation>dossier actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="405" />
        <source>dossier clos le {date} ({reason})</source>
        <translation>dossier clos le {date} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="408" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="408" />
        <source>handicap</source>
        <translation>handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="409" />
        <source>plus de 70 ans</source>
        <translation>plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="412" />
        <source>Vulnérabilité : {flags}</source>
        <translation>Vulnérabilité : {flags}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="416" />
        <source>{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}</source>
        <translation>{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="466" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="467" />
        <source>Montant invalide : attendu un nombre (ex. 1 234,56).</source>
        <translation>Montant invalide : attendu un nombre (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="472" />
        <source>La date est obligatoire.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="483" />
        <source>Le montant est obligatoire.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="518" />
        <source>Étage invalide : attendu un nombre entier.</source>
        <translation>Étage invalide : attendu un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="578" />
        <source>Cet onglet comporte des erreurs.</source>
        <translation>Cet onglet comporte des erreurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="589" />
        <source>Occupant {n} — {field} : {message}</source>
        <translation>Occupant {n} — {field} : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="616" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="637" />
        <source>Modification concurrente</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="639" />
        <source>Recharger le dossier</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="641" />
        <source>Garder ma saisie</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="664" />
        <source>Date invalide : attendu jj/mm/aaaa.</source>
        <translation>Date invalide : attendu jj/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="687" />
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="688" />
        <source>Enregistrer les modifications de ce dossier ?</source>
        <translation>Enregistrer les modifications de ce dossier ?</translation>
    </message>
</context>
<context>
    <name>TenantListModel</name>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="47" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="47" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="47" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="47" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="48" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="48" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="48" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="48" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="50" />
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="50" />
        <source>clos</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="51" />
        <source>70 ans et +</source>
        <translation>70 ans et +</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="52" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
</context>
<context>
    <name>TenantListPage</name>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="35" />
        <source>Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)</source>
        <translation>Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="43" />
        <source>Dossiers actifs</source>
        <translation>Dossiers actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="44" />
        <source>Dossiers clos</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="45" />
        <source>Tous les dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="46" />
        <source>70 ans et plus</source>
        <translation>70 ans et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="48" />
        <source>En impayé</source>
        <translation>En impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="79" />
        <source>&lt;h2&gt;Dossiers locataires&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dossiers locataires&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="104" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="165" />
        <source>Plus de {n} dossiers : précisez la recherche</source>
        <translation>Plus de {n} dossiers : précisez la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="167" />
        <source>Aucun dossier</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="169" />
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="171" />
        <source>{n} dossiers</source>
        <translation>{n} dossiers</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/commands/_common.py" line="24" />
        <source>Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.</source>
        <translation>Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.</translation>
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
        <location filename="../../desktop/commands/notice.py" line="48" />
        <source>Cette option est obligatoire (date AAAA-MM-JJ).</source>
        <translation>Cette option est obligatoire (date AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="54" />
        <source>Date invalide : « {value} » (attendu AAAA-MM-JJ).</source>
        <translation>Date invalide : « {value} » (attendu AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="47" />
        <source>Montant invalide : « {value} ».</source>
        <translation>Montant invalide : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="59" />
        <source>Nombre entier attendu : « {value} ».</source>
        <translation>Nombre entier attendu : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="67" />
        <source>Cette option est obligatoire.</source>
        <translation>Cette option est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="69" />
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
        <location filename="../../desktop/domain/schedule.py" line="77" />
        <source>Projet</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="78" />
        <source>Signé</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="79" />
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="80" />
        <source>Respecté</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="81" />
        <source>Défaillant</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="82" />
        <source>Caduc</source>
        <translation>Caduc</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="83" />
        <source>Soldé</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="103" />
        <location filename="../../desktop/domain/tenant.py" line="162" />
        <source>Le montant n'est pas un nombre.</source>
        <translation>Le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="105" />
        <source>Le montant doit être positif.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="107" />
        <location filename="../../desktop/domain/tenant.py" line="164" />
        <source>Le montant a plus de deux décimales.</source>
        <translation>Le montant a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="110" />
        <source>Le montant ne peut pas dépasser {max}.</source>
        <translation>Le montant ne peut pas dépasser {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="149" />
        <source>Indiquez soit le nombre d'échéances, soit le montant de la mensualité.</source>
        <translation>Indiquez soit le nombre d'échéances, soit le montant de la mensualité.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="155" />
        <source>Le nombre d'échéances doit être compris entre 1 et {max}.</source>
        <translation>Le nombre d'échéances doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="165" />
        <source>Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.</source>
        <translation>Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="170" />
        <source>Le jour d'échéance doit être compris entre 1 et 31.</source>
        <translation>Le jour d'échéance doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="172" />
        <source>La date de début est obligatoire.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="174" />
        <source>La date de début n'est pas plausible.</source>
        <translation>La date de début n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="200" />
        <source>L'échéancier ne comporte aucune échéance.</source>
        <translation>L'échéancier ne comporte aucune échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="204" />
        <source>Échéance n° {number} : le montant n'est pas un nombre.</source>
        <translation>Échéance n° {number} : le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="208" />
        <source>Échéance n° {number} : le montant doit être positif ({amount}).</source>
        <translation>Échéance n° {number} : le montant doit être positif ({amount}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="212" />
        <source>Échéance n° {number} : le montant a plus de deux décimales.</source>
        <translation>Échéance n° {number} : le montant a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="216" />
        <source>Échéance n° {number} : sa date ({date}) doit être postérieure à celle de l'échéance précédente ({previous}).</source>
        <translation>Échéance n° {number} : sa date ({date}) doit être postérieure à celle de l'échéance précédente ({previous}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="228" />
        <source>Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).</source>
        <translation>Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="233" />
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
        <location filename="../../desktop/domain/tenant.py" line="160" />
        <source>Le montant est obligatoire.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="166" />
        <source>Le montant ne peut pas être négatif.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="168" />
        <source>Le montant est trop élevé.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="173" />
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="176" />
        <location filename="../../desktop/services/importer.py" line="745" />
        <location filename="../../desktop/services/tenants.py" line="589" />
        <source>{max} caractères au plus.</source>
        <translation>{max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="185" />
        <source>Le ménage doit compter au moins un occupant.</source>
        <translation>Le ménage doit compter au moins un occupant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="189" />
        <source>{max} occupants au plus.</source>
        <translation>{max} occupants au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="193" />
        <source>Au moins un occupant doit être titulaire du bail.</source>
        <translation>Au moins un occupant doit être titulaire du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="200" />
        <source>Civilité inconnue.</source>
        <translation>Civilité inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="204" />
        <source>La date de naissance est dans le futur.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="208" />
        <source>La date de naissance est antérieure à 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="212" />
        <source>Numéro de téléphone invalide (ex. 05 56 12 34 56).</source>
        <translation>Numéro de téléphone invalide (ex. 05 56 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="215" />
        <source>Adresse e-mail invalide.</source>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="220" />
        <source>La date est obligatoire.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="223" />
        <source>La date de début du bail n'est pas plausible.</source>
        <translation>La date de début du bail n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="237" />
        <source>Le code postal compte cinq chiffres.</source>
        <translation>Le code postal compte cinq chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="241" />
        <source>Type de logement attendu : T1 à T6.</source>
        <translation>Type de logement attendu : T1 à T6.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="245" />
        <source>La surface doit être comprise entre 5 et 400 m².</source>
        <translation>La surface doit être comprise entre 5 et 400 m².</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="249" />
        <source>L'étage doit être compris entre -3 et 60.</source>
        <translation>L'étage doit être compris entre -3 et 60.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="253" />
        <source>Choisissez une agence.</source>
        <translation>Choisissez une agence.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="35" />
        <source>Code d'agence : 1 à 20 caractères.</source>
        <translation>Code d'agence : 1 à 20 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="37" />
        <source>Nom d'agence : 1 à 120 caractères.</source>
        <translation>Nom d'agence : 1 à 120 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="42" />
        <source>Ce code d'agence existe déjà.</source>
        <translation>Ce code d'agence existe déjà.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo.py" line="628" />
        <source>La base contient déjà {count} dossier(s) : la base de démonstration ne peut être générée que dans une base vide.</source>
        <translation>La base contient déjà {count} dossier(s) : la base de démonstration ne peut être générée que dans une base vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo.py" line="783" />
        <source>Nombre de ménages attendu : de 1 à {max}.</source>
        <translation>Nombre de ménages attendu : de 1 à {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="88" />
        <source>Impossible de lire le fichier « {name} ».</source>
        <translation>Impossible de lire le fichier « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="101" />
        <source>Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.</source>
        <translation>Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="106" />
        <source>Format de fichier non pris en charge (« {ext} ») : choisissez un fichier CSV ou Excel (.xlsx).</source>
        <translation>Format de fichier non pris en charge (« {ext} ») : choisissez un fichier CSV ou Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="117" />
        <location filename="../../desktop/services/importer.py" line="218" />
        <source>Le fichier « {name} » n'est pas un classeur Excel valide.</source>
        <translation>Le fichier « {name} » n'est pas un classeur Excel valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="123" />
        <source>Le fichier « {name} » est vide.</source>
        <translation>Le fichier « {name} » est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="126" />
        <source>Le fichier « {name} » ne contient aucune ligne après les en-têtes.</source>
        <translation>Le fichier « {name} » ne contient aucune ligne après les en-têtes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="142" />
        <source>Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en Windows-1252 (ANSI).</source>
        <translation>Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en Windows-1252 (ANSI).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="176" />
        <source>Fichier « {name} » illisible vers la ligne {line}.</source>
        <translation>Fichier « {name} » illisible vers la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="250" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="251" />
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="252" />
        <source>Civilité</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="253" />
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="254" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="255" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="257" />
        <source>Nom du second occupant</source>
        <translation>Nom du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="259" />
        <source>Prénom du second occupant</source>
        <translation>Prénom du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="261" />
        <source>Date de naissance du second occupant</source>
        <translation>Date de naissance du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="262" />
        <source>Personne isolée (oui/non)</source>
        <translation>Personne isolée (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="263" />
        <source>Handicap (oui/non)</source>
        <translation>Handicap (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="264" />
        <source>N° de contrat</source>
        <translation>N° de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="265" />
        <source>Date de début du bail</source>
        <translation>Date de début du bail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="266" />
        <source>Loyer</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="267" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="268" />
        <source>Zone tendue (oui/non)</source>
        <translation>Zone tendue (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="270" />
        <source>Référence du logement</source>
        <translation>Référence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="271" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="273" />
        <source>Complément d'adresse</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="274" />
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="275" />
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="277" />
        <source>Type de logement (T1 à T6)</source>
        <translation>Type de logement (T1 à T6)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="278" />
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="279" />
        <source>Étage</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="280" />
        <source>Bâtiment</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="281" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="282" />
        <source>Code agence</source>
        <translation>Code agence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="283" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="433" />
        <location filename="../../desktop/services/importer.py" line="456" />
        <source>Champ inconnu dans la correspondance : « {key} ».</source>
        <translation>Champ inconnu dans la correspondance : « {key} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="439" />
        <location filename="../../desktop/services/importer.py" line="459" />
        <source>Colonne n° {index} absente du fichier (champ « {field} »).</source>
        <translation>Colonne n° {index} absente du fichier (champ « {field} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="446" />
        <source>Colonne « {name} » absente du fichier (champ « {field} »).</source>
        <translation>Colonne « {name} » absente du fichier (champ « {field} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="464" />
        <source>Colonnes obligatoires non associées : {fields}.</source>
        <translation>Colonnes obligatoires non associées : {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="506" />
        <source>Date illisible « {value} » (attendu JJ/MM/AAAA).</source>
        <translation>Date illisible « {value} » (attendu JJ/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="515" />
        <location filename="../../desktop/services/importer.py" line="525" />
        <source>Nombre illisible « {value} ».</source>
        <translation>Nombre illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="551" />
        <source>Valeur « {value} » non comprise (attendu oui ou non).</source>
        <translation>Valeur « {value} » non comprise (attendu oui ou non).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="572" />
        <location filename="../../desktop/services/importer.py" line="583" />
        <source>Étage illisible « {value} ».</source>
        <translation>Étage illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="691" />
        <source>{label} (colonne « {header} »)</source>
        <translation>{label} (colonne « {header} »)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="839" />
        <source>Le contrat « {value} » existe déjà (dossier de {name}).</source>
        <translation>Le contrat « {value} » existe déjà (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="843" />
        <source>Le contrat « {value} » figure déjà à la ligne {line}.</source>
        <translation>Le contrat « {value} » figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="851" />
        <source>Le logement « {value} » est déjà occupé (dossier de {name}).</source>
        <translation>Le logement « {value} » est déjà occupé (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="856" />
        <source>Le logement « {value} » figure déjà à la ligne {line}.</source>
        <translation>Le logement « {value} » figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="863" />
        <source>Agence inconnue « {code} ».</source>
        <translation>Agence inconnue « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="869" />
        <location filename="../../desktop/services/importer.py" line="890" />
        <source>{field} : {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="911" />
        <source>Aucune ligne valide à importer.</source>
        <translation>Aucune ligne valide à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="921" />
        <source>Ligne {line} : {error} Rien n'a été importé.</source>
        <translation>Ligne {line} : {error} Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="926" />
        <source>Import annulé : rien n'a été importé.</source>
        <translation>Import annulé : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="178" />
        <source>Le dossier n° {id} n'existe pas ou plus.</source>
        <translation>Le dossier n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="363" />
        <source>Agence inconnue : {code}.</source>
        <translation>Agence inconnue : {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="373" />
        <source>Ce numéro de contrat est déjà celui du dossier de {name}.</source>
        <translation>Ce numéro de contrat est déjà celui du dossier de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="391" />
        <source>Ce logement est déjà occupé (dossier de {name}).</source>
        <translation>Ce logement est déjà occupé (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="484" />
        <source>Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.</source>
        <translation>Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="499" />
        <source>Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour voir la version actuelle.</source>
        <translation>Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="543" />
        <source>Un dossier clos ne peut pas être modifié.</source>
        <translation>Un dossier clos ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="586" />
        <source>Indiquez le motif de clôture.</source>
        <translation>Indiquez le motif de clôture.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="592" />
        <source>La date de clôture n'est pas plausible.</source>
        <translation>La date de clôture n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="602" />
        <source>Ce dossier est déjà clos.</source>
        <translation>Ce dossier est déjà clos.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="605" />
        <source>La clôture ne peut pas précéder le début du bail.</source>
        <translation>La clôture ne peut pas précéder le début du bail.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48" />
        <source>Annulation impossible</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="33" />
        <source>modification du dossier {name}</source>
        <translation>modification du dossier {name}</translation>
    </message>
</context>
</TS>