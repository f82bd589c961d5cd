<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AddDwellingDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="217" />
        <source>Ajouter un logement à l'ordre du jour</source>
        <translation>Ajouter un logement à l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="222" />
        <source>Référence ou adresse d'un logement du parc</source>
        <translation>Référence ou adresse d'un logement du parc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="224" />
        <source>Rechercher</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="230" />
        <source>Ajouter à l'ordre du jour</source>
        <translation>Ajouter à l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="244" />
        <source>Logement existant : recherchez-le pour reprendre sa fiche ; sinon saisissez-la directement.</source>
        <translation>Logement existant : recherchez-le pour reprendre sa fiche ; sinon saisissez-la directement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="252" />
        <source>Fiche logement</source>
        <translation>Fiche logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="269" />
        <source>Aucun logement trouvé : saisissez la fiche.</source>
        <translation>Aucun logement trouvé : saisissez la fiche.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="22" />
        <source>Nouvelle agence</source>
        <translation>Nouvelle agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="23" />
        <source>Ex. : BXN</source>
        <translation>Ex. : BXN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="24" />
        <source>Ex. : Agence Bordeaux Nord</source>
        <translation>Ex. : Agence Bordeaux Nord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="30" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="31" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_dialog.py" line="32" />
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="174" />
        <source>Ajouter un logement…</source>
        <extracomment>the width the candidates' page asks before the agenda list has 300 px the colour of a score that differs from the register's, of a target that drops</extracomment>
        <translation>Ajouter un logement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="176" />
        <source>Examens de l'occupation…</source>
        <translation>Examens de l'occupation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="178" />
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="179" />
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="180" />
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="188" />
        <source>&lt;b&gt;Ordre du jour&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ordre du jour&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="193" />
        <source>Ajoutez un logement à l'ordre du jour, ou un examen de l'occupation.</source>
        <translation>Ajoutez un logement à l'ordre du jour, ou un examen de l'occupation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="235" />
        <source>Enregistrer la fiche</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="239" />
        <source>— aucun (au moins 3 candidats) —</source>
        <translation>— aucun (au moins 3 candidats) —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="248" />
        <source>N° unique</source>
        <translation>N° unique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="249" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="250" />
        <source>Ménage</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="251" />
        <source>Ressources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="252" />
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="253" />
        <source>Reste à vivre</source>
        <translation>Reste à vivre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="254" />
        <source>Priorité</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="255" />
        <source>Cotation</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="256" />
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="257" />
        <source>Décision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="266" />
        <source>Ressources mensuelles du ménage</source>
        <translation>Ressources mensuelles du ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="267" />
        <source>Taux d'effort</source>
        <translation>Taux d'effort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="268" />
        <source>Reste à vivre par unité de consommation, par mois</source>
        <translation>Reste à vivre par unité de consommation, par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="269" />
        <source>Critères de priorité (CCH L441-1)</source>
        <translation>Critères de priorité (CCH L441-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="273" />
        <source>Cotation de la demande (grille en vigueur à la date de la séance) ; ⚠ : différente de la cotation du registre</source>
        <translation>Cotation de la demande (grille en vigueur à la date de la séance) ; ⚠ : différente de la cotation du registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="280" />
        <source>Effet d'une attribution à ce candidat sur les objectifs d'attribution de l'EPCI pour l'année ; ⚠ : un objectif baisserait</source>
        <translation>Effet d'une attribution à ce candidat sur les objectifs d'attribution de l'EPCI pour l'année ; ⚠ : un objectif baisserait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="288" />
        <source>Ajouter un candidat…</source>
        <translation>Ajouter un candidat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="290" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="292" />
        <source>Retirer le candidat</source>
        <translation>Retirer le candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="301" />
        <source>Déclarer un conflit d'intérêts…</source>
        <translation>Déclarer un conflit d'intérêts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="304" />
        <source>Supprimer le conflit</source>
        <translation>Supprimer le conflit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="309" />
        <source>Fiche logement</source>
        <translation>Fiche logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="316" />
        <source>Candidats</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="322" />
        <source>Moins de 3 candidats, motif :</source>
        <translation>Moins de 3 candidats, motif :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="350" />
        <source>Conflits d'intérêts :</source>
        <translation>Conflits d'intérêts :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="364" />
        <source>Situation constatée par la commission</source>
        <translation>Situation constatée par la commission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="368" />
        <source>Caractéristiques d'un logement adapté aux besoins du ménage</source>
        <translation>Caractéristiques d'un logement adapté aux besoins du ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="372" />
        <source>Avis : accession à la propriété, mutation…</source>
        <translation>Avis : accession à la propriété, mutation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="375" />
        <source>Enregistrer l'avis de la commission</source>
        <translation>Enregistrer l'avis de la commission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="381" />
        <source>Examen de l'occupation du logement (CCH L442-5-2)</source>
        <translation>Examen de l'occupation du logement (CCH L442-5-2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="383" />
        <source>Constat</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="384" />
        <source>Logement adapté</source>
        <translation>Logement adapté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="385" />
        <source>Avis</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="429" />
        <source>Attribution proposée à {name} : {effects}</source>
        <translation>Attribution proposée à {name} : {effects}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="446" />
        <source>{candidates}, {decisions}</source>
        <translation>{candidates}, {decisions}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="651" />
        <source>Rang {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="652" />
        <source>Sous condition</source>
        <translation>Sous condition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="501" />
        <source>Public prioritaire</source>
        <translation>Public prioritaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="534" />
        <source>tout le logement</source>
        <translation>tout le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="535" />
        <source>{member} — {scope}</source>
        <translation>{member} — {scope}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="548" />
        <location filename="../../desktop/ui/caleol/agenda.py" line="610" />
        <source>Cotation : {total} ({grid})</source>
        <translation>Cotation : {total} ({grid})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="551" />
        <source>  Donnée manquante : {what}</source>
        <translation>  Donnée manquante : {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="554" />
        <location filename="../../desktop/ui/caleol/agenda.py" line="621" />
        <source>Cotation du registre : {score}</source>
        <translation>Cotation du registre : {score}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="565" />
        <source>Pas encore coté</source>
        <translation>Pas encore coté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="585" />
        <source>⚠ baisse</source>
        <translation>⚠ baisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="585" />
        <source>sans baisse</source>
        <translation>sans baisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="602" />
        <source>Cotation : pas encore calculée.</source>
        <translation>Cotation : pas encore calculée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="615" />
        <source>Données manquantes : {what}</source>
        <translation>Données manquantes : {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="628" />
        <source>Si le logement lui est attribué : {effects}</source>
        <translation>Si le logement lui est attribué : {effects}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="650" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="653" />
        <source>Non-attribution</source>
        <translation>Non-attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="654" />
        <source>Irrecevabilité</source>
        <translation>Irrecevabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="661" />
        <source>&lt;b&gt;{tenant}&lt;/b&gt;&lt;br&gt;{address} {postcode} {commune} — {type}&lt;br&gt;Motif : {ground}</source>
        <translation>&lt;b&gt;{tenant}&lt;/b&gt;&lt;br&gt;{address} {postcode} {commune} — {type}&lt;br&gt;Motif : {ground}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="678" />
        <source>Avis enregistré le {date} par {user}.</source>
        <translation>Avis enregistré le {date} par {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="729" />
        <source>Logement ajouté à l'ordre du jour.</source>
        <translation>Logement ajouté à l'ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="768" />
        <source>Point retiré de l'ordre du jour.</source>
        <translation>Point retiré de l'ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="780" />
        <source>Fiche logement enregistrée.</source>
        <translation>Fiche logement enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="820" />
        <source>Candidat enregistré.</source>
        <translation>Candidat enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="825" />
        <source>Candidature retirée de l'ordre du jour.</source>
        <translation>Candidature retirée de l'ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="863" />
        <source>Avis de la commission enregistré (et noté au dossier du locataire).</source>
        <translation>Avis de la commission enregistré (et noté au dossier du locataire).</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="198" />
        <source>Réponse du candidat — {name}</source>
        <translation>Réponse du candidat — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="201" />
        <source>Accepte le logement</source>
        <translation>Accepte le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="203" />
        <source>Refuse le logement</source>
        <translation>Refuse le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="207" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="212" />
        <source>Motif donné par le candidat (ex. logement trop éloigné du travail ; « aucun motif donné » s'il n'en a pas indiqué)</source>
        <translation>Motif donné par le candidat (ex. logement trop éloigné du travail ; « aucun motif donné » s'il n'en a pas indiqué)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="218" />
        <source>Réponse envoyée ou remise dans le délai (cachet de la poste, récépissé)</source>
        <translation>Réponse envoyée ou remise dans le délai (cachet de la poste, récépissé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="223" />
        <source>À cocher seulement pour une réponse reçue après la date limite mais envoyée ou remise avant : sinon le silence vaut refus (R441-10).</source>
        <translation>À cocher seulement pour une réponse reçue après la date limite mais envoyée ou remise avant : sinon le silence vaut refus (R441-10).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="232" />
        <source>{dwelling} — courrier recommandé dont la réception n'est pas encore enregistrée : pas de date limite connue.</source>
        <translation>{dwelling} — courrier recommandé dont la réception n'est pas encore enregistrée : pas de date limite connue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="236" />
        <source>{dwelling} — réponse attendue au plus tard le {date}.</source>
        <translation>{dwelling} — réponse attendue au plus tard le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="243" />
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="244" />
        <source>Reçue le</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="245" />
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="248" />
        <source>Enregistrer la réponse</source>
        <translation>Enregistrer la réponse</translation>
    </message>
</context>
<context>
    <name>ArrearsModel</name>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="75" />
        <source>Locataire</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="76" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="77" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="78" />
        <source>Dette</source>
        <translation>Dette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="79" />
        <source>Mois de dette</source>
        <translation>Mois de dette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="80" />
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="81" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="82" />
        <source>Prochaine échéance</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="83" />
        <source>Prochaine action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="84" />
        <source>À faire le</source>
        <translation>À faire le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="86" />
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="180" />
        <source>Rechercher : nom, n° de contrat, adresse…</source>
        <translation>Rechercher : nom, n° de contrat, adresse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="188" />
        <source>Toutes les dettes</source>
        <translation>Toutes les dettes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="189" />
        <source>1 mois et plus</source>
        <translation>1 mois et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="190" />
        <source>2 mois et plus (impayé au sens de la CAF)</source>
        <translation>2 mois et plus (impayé au sens de la CAF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="191" />
        <source>3 mois et plus</source>
        <translation>3 mois et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="192" />
        <source>6 mois et plus</source>
        <translation>6 mois et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="197" />
        <source>Tous les dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="198" />
        <source>Sans accord en cours</source>
        <translation>Sans accord en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="199" />
        <source>Accord en vigueur</source>
        <translation>Accord en vigueur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="202" />
        <source>Accord : {status}</source>
        <translation>Accord : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="204" />
        <source>Action à faire</source>
        <translation>Action à faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="231" />
        <source>Actualiser les plans</source>
        <translation>Actualiser les plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="235" />
        <source>Relit les plans en cours à la date du jour : échéances impayées, défaillances, soldes.</source>
        <translation>Relit les plans en cours à la date du jour : échéances impayées, défaillances, soldes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="238" />
        <source>Importer des règlements…</source>
        <translation>Importer des règlements…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="239" />
        <source>Exporter vers Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="240" />
        <source>Accords du dossier…</source>
        <translation>Accords du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="241" />
        <source>Ouvrir le dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="243" />
        <source>Protocole local de crise…</source>
        <translation>Protocole local de crise…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="247" />
        <source>Protocoles signés avec les associations de locataires (charte du 4 mai 2020) : texte, signatures des associations, document enregistré</source>
        <translation>Protocoles signés avec les associations de locataires (charte du 4 mai 2020) : texte, signatures des associations, document enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="271" />
        <source>&lt;h2&gt;Plans d'apurement et impayés&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Plans d'apurement et impayés&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="296" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="345" />
        <source>Aucun dossier</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="349" />
        <source>{n} dossier · dette totale {total}</source>
        <translation>{n} dossier · dette totale {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="351" />
        <source>{n} dossiers · dette totale {total}</source>
        <translation>{n} dossiers · dette totale {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="424" />
        <source>{count} dans « {name} ».</source>
        <translation>{count} dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="412" />
        <source>Exporter la liste des impayés</source>
        <translation>Exporter la liste des impayés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="414" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arrears_page.py" line="421" />
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="514" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="515" />
        <source>Qualité</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="516" />
        <source>Voix</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="517" />
        <source>Présence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="518" />
        <source>Connexion</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="519" />
        <source>Pouvoir donné à</source>
        <translation>Pouvoir donné à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="520" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="559" />
        <source>Quorum non atteint : la commission ne peut pas délibérer (votes et décisions bloqués).</source>
        <translation>Quorum non atteint : la commission ne peut pas délibérer (votes et décisions bloqués).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="546" />
        <source>Quorum atteint : {count} sur {total} ({required} requis).</source>
        <translation>Quorum atteint : {count} sur {total} ({required} requis).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="552" />
        <source>{taking} sur {voting}.</source>
        <translation>{taking} sur {voting}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="568" />
        <source>Règlement intérieur : quorum de {required} ; {proxies} au plus par membre ; séance dématérialisée valable si au moins {num}/{den} des membres à voix délibérative y participent.</source>
        <translation>Règlement intérieur : quorum de {required} ; {proxies} au plus par membre ; séance dématérialisée valable si au moins {num}/{den} des membres à voix délibérative y participent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="592" />
        <source>{role}, suppléant de {name}</source>
        <translation>{role}, suppléant de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="597" />
        <source> (présidente)</source>
        <translation> (présidente)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="597" />
        <source> (président)</source>
        <translation> (président)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="603" />
        <source>délibérative</source>
        <translation>délibérative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="603" />
        <source>consultative</source>
        <translation>consultative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="612" />
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="614" />
        <source>Heure d'identification et de connexion du membre (séance à distance)</source>
        <translation>Heure d'identification et de connexion du membre (séance à distance)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="621" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="629" />
        <source>Seuls les membres à voix délibérative donnent ou reçoivent un pouvoir.</source>
        <translation>Seuls les membres à voix délibérative donnent ou reçoivent un pouvoir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="655" />
        <source>Pouvoir non retenu pour le quorum : voir les explications ci-dessus.</source>
        <translation>Pouvoir non retenu pour le quorum : voir les explications ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="662" />
        <source>Remplacé par son suppléant {name}.</source>
        <translation>Remplacé par son suppléant {name}.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="356" />
        <source>du jj/mm/aaaa</source>
        <translation>du jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="357" />
        <source>au jj/mm/aaaa</source>
        <translation>au jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="358" />
        <source>utilisateur</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="361" />
        <source>Toutes les actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="364" />
        <source>n° de dossier</source>
        <translation>n° de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="365" />
        <source>Filtrer</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="366" />
        <source>Exporter vers Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="372" />
        <source>Vérifier l'intégrité</source>
        <translation>Vérifier l'intégrité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="377" />
        <source>Date et heure</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="378" />
        <source>Utilisateur</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="379" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="380" />
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="381" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="382" />
        <source>Avant</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="383" />
        <source>Après</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="405" />
        <source>&lt;h2&gt;Journal d'audit&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal d'audit&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="428" />
        <source>Vérification de la chaîne du journal…</source>
        <translation>Vérification de la chaîne du journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="445" />
        <source>La vérification n'a pas pu aboutir.</source>
        <translation>La vérification n'a pas pu aboutir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="467" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="471" />
        <source>N° de dossier invalide : attendu un nombre entier.</source>
        <translation>N° de dossier invalide : attendu un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="510" />
        <source>{shown} événements affichés sur {total}</source>
        <translation>{shown} événements affichés sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="533" />
        <source>{count} dans « {name} ».</source>
        <translation>{count} dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="543" />
        <source>Exporter le journal d'audit</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="545" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="739" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="739" />
        <source>Fichier</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="739" />
        <source>Taille</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="739" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="744" />
        <source>Aucune sauvegarde dans ce dossier : « Sauvegarder maintenant » en fait une.</source>
        <translation>Aucune sauvegarde dans ce dossier : « Sauvegarder maintenant » en fait une.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="746" />
        <source>Sauvegarder maintenant</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="748" />
        <source>Restaurer la sauvegarde choisie…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="751" />
        <source>Restaurer un autre fichier…</source>
        <translation>Restaurer un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="758" />
        <source>&lt;h2&gt;Sauvegardes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sauvegardes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="774" />
        <source>Une sauvegarde automatique est faite chaque jour au démarrage, dans « {folder} ».</source>
        <translation>Une sauvegarde automatique est faite chaque jour au démarrage, dans « {folder} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="779" />
        <source>sauvegarde</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="779" />
        <source>avant restauration</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="786" />
        <source>{n} Mo</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="798" />
        <source>Sauvegarde enregistrée : « {name} ».</source>
        <translation>Sauvegarde enregistrée : « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="808" />
        <source>Base restaurée depuis « {name} ». La base d'avant la restauration est conservée dans « {safety} ».</source>
        <translation>Base restaurée depuis « {name} ». La base d'avant la restauration est conservée dans « {safety} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="820" />
        <source>Restauration</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="822" />
        <source>Remplacer toute la base par la sauvegarde « {name} » ? Les modifications faites depuis seront perdues (la base actuelle est d'abord sauvegardée).</source>
        <translation>Remplacer toute la base par la sauvegarde « {name} » ? Les modifications faites depuis seront perdues (la base actuelle est d'abord sauvegardée).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="825" />
        <source>Restaurer</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="837" />
        <source>Restaurer une sauvegarde</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="839" />
        <source>Sauvegarde Parcours (*.sqlite)</source>
        <translation>Sauvegarde Parcours (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="59" />
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="62" />
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="66" />
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="75" />
        <source>Rédaction : {done} / {total}</source>
        <translation>Rédaction : {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="79" />
        <source>Conversion en PDF : {done} / {total}</source>
        <translation>Conversion en PDF : {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="82" />
        <source>Assemblage du PDF à imprimer…</source>
        <translation>Assemblage du PDF à imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="118" />
        <source>Publipostage</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="129" />
        <source>Impression recto verso (chaque courrier commence au recto)</source>
        <translation>Impression recto verso (chaque courrier commence au recto)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="135" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="138" />
        <location filename="../../desktop/ui/batch_dialog.py" line="417" />
        <source>Dossier de sortie</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="151" />
        <source>Fichier à imprimer</source>
        <translation>Fichier à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="151" />
        <source>Contenu</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="167" />
        <source>&lt; Précédent</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="168" />
        <source>Suivant &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="169" />
        <source>Lancer le publipostage</source>
        <translation>Lancer le publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="170" />
        <source>Arrêter</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="172" />
        <source>Ouvrir le PDF à imprimer</source>
        <translation>Ouvrir le PDF à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="174" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="216" />
        <source>Locataire</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="216" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="216" />
        <source>Exclu : pourquoi</source>
        <translation>Exclu : pourquoi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="231" />
        <source>◀ Destinataire précédent</source>
        <translation>◀ Destinataire précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="233" />
        <source>Destinataire suivant ▶</source>
        <translation>Destinataire suivant ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="304" />
        <source>Étape 1 sur 3 : les destinataires</source>
        <translation>Étape 1 sur 3 : les destinataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="305" />
        <source>Étape 2 sur 3 : un exemple de courrier par destinataire</source>
        <translation>Étape 2 sur 3 : un exemple de courrier par destinataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="306" />
        <source>Étape 3 sur 3 : confirmation</source>
        <translation>Étape 3 sur 3 : confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="337" />
        <source>{recipients} ; {excluded} (sans adresse, décédé ou déjà envoyé ce mois-ci).</source>
        <translation>{recipients} ; {excluded} (sans adresse, décédé ou déjà envoyé ce mois-ci).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="397" />
        <source>&lt;b&gt;{n} courrier « {title} »&lt;/b&gt; va être produit et enregistré au registre{pdf}, puis copié dans {out}. Vérifiez l'exemple à l'étape 2 avant de lancer : un publipostage ne se lance qu'une fois.</source>
        <translation>&lt;b&gt;{n} courrier « {title} »&lt;/b&gt; va être produit et enregistré au registre{pdf}, puis copié dans {out}. Vérifiez l'exemple à l'étape 2 avant de lancer : un publipostage ne se lance qu'une fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="403" />
        <source>&lt;b&gt;{n} courriers « {title} »&lt;/b&gt; vont être produits et enregistrés au registre{pdf}, puis copiés dans {out}. Vérifiez l'exemple à l'étape 2 avant de lancer : un publipostage ne se lance qu'une fois.</source>
        <translation>&lt;b&gt;{n} courriers « {title} »&lt;/b&gt; vont être produits et enregistrés au registre{pdf}, puis copiés dans {out}. Vérifiez l'exemple à l'étape 2 avant de lancer : un publipostage ne se lance qu'une fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="491" />
        <source>Publipostage arrêté : {count}.</source>
        <translation>Publipostage arrêté : {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="493" />
        <source>Publipostage terminé : {count}.</source>
        <translation>Publipostage terminé : {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="499" />
        <source>Fichier à imprimer en {n} partie, dans l'ordre des codes postaux, avec son manifeste :</source>
        <translation>Fichier à imprimer en {n} partie, dans l'ordre des codes postaux, avec son manifeste :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="504" />
        <source>Fichier à imprimer en {n} parties, dans l'ordre des codes postaux, avec son manifeste :</source>
        <translation>Fichier à imprimer en {n} parties, dans l'ordre des codes postaux, avec son manifeste :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="514" />
        <source>{n} échec :</source>
        <translation>{n} échec :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="516" />
        <source>{n} échecs :</source>
        <translation>{n} échecs :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="556" />
        <source>Partie {n} : {letters}, {pages}</source>
        <translation>Partie {n} : {letters}, {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="366" />
        <source>Courrier {i} sur {n} : {name}</source>
        <translation>Courrier {i} sur {n} : {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="410" />
        <source>(aucun dossier)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="411" />
        <source> en DOCX et PDF</source>
        <translation> en DOCX et PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="411" />
        <source> en DOCX</source>
        <translation> en DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="443" />
        <source>Préparation…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="464" />
        <source>Arrêt demandé : les courriers terminés sont conservés…</source>
        <translation>Arrêt demandé : les courriers terminés sont conservés…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="476" />
        <source>{phase}{left}</source>
        <translation>{phase}{left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="472" />
        <source> — temps restant estimé : {time}</source>
        <translation> — temps restant estimé : {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="509" />
        <source>PDF à imprimer : {path}</source>
        <translation>PDF à imprimer : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="520" />
        <source>Dossier {id} {name} : {message}</source>
        <translation>Dossier {id} {name} : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="551" />
        <source>Manifeste (CSV) : partie, pages, contrat, code postal, référence</source>
        <translation>Manifeste (CSV) : partie, pages, contrat, code postal, référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="562" />
        <source>Partie {n}</source>
        <translation>Partie {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="571" />
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="573" />
        <source>Ouvrir le dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>CaleolPage</name>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="472" />
        <source>&lt;h2&gt;CALEOL — commission d'attribution des logements et d'examen de l'occupation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CALEOL — commission d'attribution des logements et d'examen de l'occupation&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="489" />
        <source>Nouvelle commission…</source>
        <translation>Nouvelle commission…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="492" />
        <source>Modifier la commission…</source>
        <translation>Modifier la commission…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="502" />
        <source>Qualité</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="503" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="504" />
        <source>Fonction, organisme</source>
        <translation>Fonction, organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="505" />
        <source>Commune(s)</source>
        <translation>Commune(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="506" />
        <source>Suppléant de</source>
        <translation>Suppléant de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="507" />
        <source>Mandat</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="508" />
        <source>Voix</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="509" />
        <source>Compte</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="510" />
        <location filename="../../desktop/ui/caleol/page.py" line="528" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="517" />
        <source>Ajouter un membre…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="518" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="519" />
        <location filename="../../desktop/ui/caleol/page.py" line="766" />
        <source>Fin de mandat</source>
        <translation>Fin de mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="524" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="525" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="526" />
        <source>Heure</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="527" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="529" />
        <source>Procès-verbal</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="530" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="531" />
        <source>Candidats</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="532" />
        <source>Décisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="538" />
        <source>Nouvelle séance…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="539" />
        <source>Ouvrir la séance</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="544" />
        <source>Commission :</source>
        <translation>Commission :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="549" />
        <source>Membres</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="555" />
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="569" />
        <source>Commissions et séances</source>
        <translation>Commissions et séances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="570" />
        <source>Suivi des offres</source>
        <translation>Suivi des offres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="613" />
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="631" />
        <source>Aucune commission : créez-la pour y ajouter ses membres et ses séances.</source>
        <translation>Aucune commission : créez-la pour y ajouter ses membres et ses séances.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="633" />
        <source>Aucune commission.</source>
        <translation>Aucune commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="638" />
        <source>séances dématérialisées autorisées (au moins {num}/{den} des membres à voix délibérative)</source>
        <translation>séances dématérialisées autorisées (au moins {num}/{den} des membres à voix délibérative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="642" />
        <source>pas de séance dématérialisée</source>
        <translation>pas de séance dématérialisée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="644" />
        <source>non désigné</source>
        <translation>non désigné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="646" />
        <source>&lt;b&gt;{territory}&lt;/b&gt; — Président : {president}&lt;br&gt;Quorum : {required} ; {proxies} par membre ; {remote} ; délai de réponse aux offres : {days} jours.</source>
        <translation>&lt;b&gt;{territory}&lt;/b&gt; — Président : {president}&lt;br&gt;Quorum : {required} ; {proxies} par membre ; {remote} ; délai de réponse aux offres : {days} jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="657" />
        <source>Règlement intérieur : {text}</source>
        <translation>Règlement intérieur : {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="671" />
        <source> (présidente)</source>
        <translation> (présidente)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="673" />
        <source> (président)</source>
        <translation> (président)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="677" />
        <source>du {start} au {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="681" />
        <source>depuis le {start}</source>
        <translation>depuis le {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="685" />
        <source>jusqu'au {end}</source>
        <translation>jusqu'au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="696" />
        <source>délibérative</source>
        <translation>délibérative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="696" />
        <source>consultative</source>
        <translation>consultative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="698" />
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="702" />
        <source>en fonction</source>
        <translation>en fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="702" />
        <source>fin de mandat</source>
        <translation>fin de mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="725" />
        <source> — verrouillée</source>
        <translation> — verrouillée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="742" />
        <source>pas encore rédigé</source>
        <translation>pas encore rédigé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="744" />
        <source>version {number} : {status}</source>
        <translation>version {number} : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="750" />
        <source> ({done}/{total} approbations)</source>
        <translation> ({done}/{total} approbations)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="766" />
        <source>Remettre en fonction</source>
        <translation>Remettre en fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="797" />
        <source>Commission enregistrée.</source>
        <translation>Commission enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="817" />
        <source>Membre enregistré.</source>
        <translation>Membre enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="832" />
        <source>Fin de mandat enregistrée.</source>
        <translation>Fin de mandat enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="834" />
        <source>Membre remis en fonction.</source>
        <translation>Membre remis en fonction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="859" />
        <source>Séance créée.</source>
        <translation>Séance créée.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="342" />
        <source>Lien renforcé : appeler chaque semaine jusqu'à la fin de la campagne</source>
        <translation>Lien renforcé : appeler chaque semaine jusqu'à la fin de la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="348" />
        <source>À dire en début d'appel</source>
        <translation>À dire en début d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="359" />
        <source>Nouvel appel</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="360" />
        <source>Historique</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="361" />
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="363" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="392" />
        <source>Appel téléphonique</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="395" />
        <source>Escalade : {step}</source>
        <translation>Escalade : {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="397" />
        <source>Quelqu'un a été joint</source>
        <translation>Quelqu'un a été joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="399" />
        <source>Personne n'a été joint</source>
        <translation>Personne n'a été joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="410" />
        <source>Numéro erroné ou non attribué</source>
        <translation>Numéro erroné ou non attribué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="413" />
        <source>Script d'appel</source>
        <translation>Script d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="416" />
        <source>Besoin d'aide exprimé</source>
        <translation>Besoin d'aide exprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="419" />
        <source>L'aide nécessaire est en place (famille, voisin, service déjà présent)</source>
        <translation>L'aide nécessaire est en place (famille, voisin, service déjà présent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="425" />
        <source>Note libre, donnée sensible (chaque lecture est tracée) : seulement ce qui aide à suivre la personne, aucun détail médical.</source>
        <translation>Note libre, donnée sensible (chaque lecture est tracée) : seulement ce qui aide à suivre la personne, aucun détail médical.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="433" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="440" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="747" />
        <source>Enregistrer l'appel</source>
        <translation>Enregistrer l'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="444" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="495" />
        <source>Tentative</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="445" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="496" />
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="446" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="497" />
        <source>Personne jointe</source>
        <translation>Personne jointe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="451" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="500" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="457" />
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="459" />
        <source>motif</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="462" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="498" />
        <source>Action suivante</source>
        <translation>Action suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="494" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="499" />
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="501" />
        <source>Réponses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="506" />
        <source>Afficher les notes</source>
        <translation>Afficher les notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="510" />
        <source>Les notes sont des données sensibles : leur lecture est enregistrée dans le journal d'audit.</source>
        <translation>Les notes sont des données sensibles : leur lecture est enregistrée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="515" />
        <source>Notes masquées : leur lecture est tracée dans le journal d'audit.</source>
        <translation>Notes masquées : leur lecture est tracée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="532" />
        <source>Nouvelle orientation…</source>
        <translation>Nouvelle orientation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="535" />
        <source>Suivi de l'orientation…</source>
        <translation>Suivi de l'orientation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="574" />
        <source>— sans réponse —</source>
        <translation>— sans réponse —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="590" />
        <source>* réponse attendue quand le locataire lui-même est joint ; un proche ou un voisin répond à ce qu'il sait.</source>
        <translation>* réponse attendue quand le locataire lui-même est joint ; un proche ou un voisin répond à ce qu'il sait.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="609" />
        <source>Appel — {name}</source>
        <translation>Appel — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="611" />
        <source>&lt;h3&gt;{name}&lt;/h3&gt;Campagne « {campaign} »</source>
        <translation>&lt;h3&gt;{name}&lt;/h3&gt;Campagne « {campaign} »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="612" />
        <source>(anonymisé)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="619" />
        <source>{band} ans</source>
        <translation>{band} ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="621" />
        <source>personne isolée</source>
        <translation>personne isolée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="623" />
        <source>handicap</source>
        <translation>handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="624" />
        <source>agence {code}</source>
        <translation>agence {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="628" />
        <source>État : &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>État : &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="630" />
        <source>à faire : &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>à faire : &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="633" />
        <source>prochain appel le {date}</source>
        <translation>prochain appel le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="662" />
        <source>La campagne n'est plus en cours ({status}) : aucun appel ne peut être enregistré.</source>
        <translation>La campagne n'est plus en cours ({status}) : aucun appel ne peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="668" />
        <source>Cette fiche est close ({state}) : elle n'attend plus d'appel.</source>
        <translation>Cette fiche est close ({state}) : elle n'attend plus d'appel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="675" />
        <source>Historique ({n})</source>
        <translation>Historique ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="676" />
        <source>Orientations ({n})</source>
        <translation>Orientations ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="683" />
        <source>(masquée)</source>
        <translation>(masquée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="747" />
        <source>Enregistrer le résultat</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="829" />
        <source>Indiquez si quelqu'un a été joint.</source>
        <translation>Indiquez si quelqu'un a été joint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="857" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="888" />
        <source>Enregistré : {outcome}. État de la fiche : {state}.</source>
        <translation>Enregistré : {outcome}. État de la fiche : {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="892" />
        <source>Prochaine étape : {step}, le {date}.</source>
        <translation>Prochaine étape : {step}, le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="904" />
        <source>Créez l'orientation ci-dessous.</source>
        <translation>Créez l'orientation ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="929" />
        <source>Lien renforcé : la personne sera appelée chaque semaine.</source>
        <translation>Lien renforcé : la personne sera appelée chaque semaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="931" />
        <source>Lien renforcé arrêté.</source>
        <translation>Lien renforcé arrêté.</translation>
    </message>
</context>
<context>
    <name>CallersDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="719" />
        <source>Appelants de la campagne</source>
        <translation>Appelants de la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="724" />
        <source>{count}, dont {open} en cours</source>
        <translation>{count}, dont {open} en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="747" />
        <source>Répartir à nouveau les fiches pas encore appelées entre tous les appelants</source>
        <translation>Répartir à nouveau les fiches pas encore appelées entre tous les appelants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="753" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="758" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — cochez les comptes qui appellent.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — cochez les comptes qui appellent.</translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="95" />
        <source>Personnes à appeler</source>
        <translation>Personnes à appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="96" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="170" />
        <source>Appelées</source>
        <translation>Appelées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="97" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="171" />
        <source>Jointes</source>
        <translation>Jointes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="98" />
        <source>Situations sécurisées</source>
        <translation>Situations sécurisées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="99" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="174" />
        <source>Injoignables</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="100" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="175" />
        <source>Besoin d'aide</source>
        <translation>Besoin d'aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="101" />
        <source>Liens renforcés</source>
        <translation>Liens renforcés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="102" />
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="108" />
        <source>Appelant</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="109" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="114" />
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="114" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="251" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="298" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="120" />
        <source>Étape</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="121" />
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="176" />
        <source>Tentatives</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="122" />
        <source>Dont joint</source>
        <translation>Dont joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="123" />
        <source>Fiches en attente</source>
        <translation>Fiches en attente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="138" />
        <source>Par appelant</source>
        <translation>Par appelant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="139" />
        <source>Par agence</source>
        <translation>Par agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="141" />
        <source>Orientations par partenaire et statut</source>
        <translation>Orientations par partenaire et statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="148" />
        <source>Escalade et sécurisation</source>
        <translation>Escalade et sécurisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="169" />
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="172" />
        <source>Sécurisées</source>
        <translation>Sécurisées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="173" />
        <source>% sécurisées</source>
        <translation>% sécurisées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="192" />
        <source>Choisissez une campagne.</source>
        <translation>Choisissez une campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="203" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — chiffres en direct</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chiffres en direct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="205" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — chiffres figés à la purge des notes</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chiffres figés à la purge des notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="209" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — campagne terminée</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — campagne terminée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="211" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — pas encore lancée</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — pas encore lancée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="263" />
        <source>Sécurisées par semaine : </source>
        <translation>Sécurisées par semaine : </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="265" />
        <source>semaine du {day} : {n} (cumul {total})</source>
        <translation>semaine du {day} : {n} (cumul {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dashboard.py" line="272" />
        <source>Aucune situation sécurisée pour l'instant.</source>
        <translation>Aucune situation sécurisée pour l'instant.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="463" />
        <source>Nouvelle campagne d'appels</source>
        <translation>Nouvelle campagne d'appels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="465" />
        <source>Campagne d'appels</source>
        <translation>Campagne d'appels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="468" />
        <source>Ex. : Canicule juillet 2026</source>
        <translation>Ex. : Canicule juillet 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="472" />
        <source>Ex. : Vérifier que les locataires âgés ou isolés vont bien pendant l'épisode de canicule et les orienter s'ils ont besoin d'aide.</source>
        <translation>Ex. : Vérifier que les locataires âgés ou isolés vont bien pendant l'épisode de canicule et les orienter s'ils ont besoin d'aide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="484" />
        <source> ans</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="486" />
        <source>Personnes isolées seulement</source>
        <translation>Personnes isolées seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="488" />
        <source>Personnes handicapées seulement</source>
        <translation>Personnes handicapées seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="491" />
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="493" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="509" />
        <source>Cible</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="510" />
        <source>Recherche enregistrée *</source>
        <translation>Recherche enregistrée *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="511" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="515" />
        <source>À partir de</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="521" />
        <source>Critères</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="524" />
        <source>Les recherches enregistrées se créent depuis la liste des dossiers locataires. Au lancement, la campagne retient un ménage par personne ayant l'âge minimal et un numéro de téléphone valide, et fige la recherche.</source>
        <translation>Les recherches enregistrées se créent depuis la liste des dossiers locataires. Au lancement, la campagne retient un ménage par personne ayant l'âge minimal et un numéro de téléphone valide, et fige la recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="535" />
        <source>Nom *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="536" />
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="541" />
        <source>fin prévue le</source>
        <translation>fin prévue le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="545" />
        <source>Début le</source>
        <translation>Début le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="547" />
        <source>Script d'appel</source>
        <translation>Script d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="549" />
        <source>Appelants</source>
        <translation>Appelants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="554" />
        <source>Les fiches sont réparties entre les appelants au lancement, de préférence dans leur agence.</source>
        <translation>Les fiches sont réparties entre les appelants au lancement, de préférence dans leur agence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="564" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="577" />
        <source>— choisir une recherche enregistrée —</source>
        <translation>— choisir une recherche enregistrée —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="591" />
        <source>texte « {text} »</source>
        <translation>texte « {text} »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="593" />
        <source>plus de 70 ans</source>
        <translation>plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="595" />
        <source>avec impayé</source>
        <translation>avec impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="598" />
        <source>agence {code}</source>
        <translation>agence {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="599" />
        <source>tous les dossiers</source>
        <translation>tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="604" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="623" />
        <source>Campagne « {name} »</source>
        <translation>Campagne « {name} »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="677" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>CampaignDialogs</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="87" />
        <source>Date attendue au format jj/mm/aaaa.</source>
        <translation>Date attendue au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="1019" />
        <source>Campagnes</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="1024" />
        <source>Mes appels</source>
        <translation>Mes appels</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="432" />
        <source>Campagne</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="433" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="434" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="435" />
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="436" />
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="437" />
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="438" />
        <source>Sécurisées</source>
        <translation>Sécurisées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="448" />
        <source>Nouvelle campagne…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="449" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="450" />
        <source>Lancer…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="451" />
        <source>Appelants…</source>
        <translation>Appelants…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="452" />
        <source>Terminer…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="453" />
        <source>Purger les notes…</source>
        <translation>Purger les notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="454" />
        <location filename="../../desktop/ui/campaigns/page.py" line="818" />
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="467" />
        <source>Tableau de bord</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="468" />
        <source>Fiches d'appel</source>
        <translation>Fiches d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="469" />
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="491" />
        <source>&lt;h2&gt;Campagnes d'appels de vigilance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Campagnes d'appels de vigilance&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="542" />
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="585" />
        <source>Aucune campagne : créez-en une avec « Nouvelle campagne… ».</source>
        <translation>Aucune campagne : créez-en une avec « Nouvelle campagne… ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="588" />
        <source>{age} ans et plus</source>
        <translation>{age} ans et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="590" />
        <source>isolés</source>
        <translation>isolés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="592" />
        <source>handicapés</source>
        <translation>handicapés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="593" />
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="597" />
        <source>Cible : recherche « {query} », {criteria}, {agency}</source>
        <translation>Cible : recherche « {query} », {criteria}, {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="600" />
        <source>toutes agences</source>
        <translation>toutes agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="602" />
        <source>Du {start} au {end} (fin prévue)</source>
        <translation>Du {start} au {end} (fin prévue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="605" />
        <source>Appelants : {names}</source>
        <translation>Appelants : {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="606" />
        <source>Script : {questions}</source>
        <translation>Script : {questions}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="619" />
        <source>Lancée le {date} : {count}</source>
        <translation>Lancée le {date} : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="702" />
        <source>Appelants enregistrés : {count}.</source>
        <translation>Appelants enregistrés : {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="737" />
        <source>Lancer la campagne « {name} » ?

{eligible} ({agencies}) sur {matching} de la recherche « {query} » ; {without} sans numéro de téléphone valide (à contacter autrement).

La recherche est figée et les fiches sont réparties entre {callers}.</source>
        <translation>Lancer la campagne « {name} » ?

{eligible} ({agencies}) sur {matching} de la recherche « {query} » ; {without} sans numéro de téléphone valide (à contacter autrement).

La recherche est figée et les fiches sont réparties entre {callers}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="759" />
        <source>Campagne lancée : {sheets} ; {assigned} aux appelants.</source>
        <translation>Campagne lancée : {sheets} ; {assigned} aux appelants.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="771" />
        <source>Terminer la campagne « {name} » ? Plus aucun appel ne pourra être enregistré ({open} encore en cours). Ses notes devront ensuite être purgées, comme le prévoit la règle de conservation.</source>
        <translation>Terminer la campagne « {name} » ? Plus aucun appel ne pourra être enregistré ({open} encore en cours). Ses notes devront ensuite être purgées, comme le prévoit la règle de conservation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="797" />
        <source>Notes purgées ({mode}) : {calls}, {notes}, {referrals}. Les chiffres sont conservés.</source>
        <translation>Notes purgées ({mode}) : {calls}, {notes}, {referrals}. Les chiffres sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="625" />
        <source>Terminée le {date}</source>
        <translation>Terminée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="628" />
        <source>Notes purgées le {date}</source>
        <translation>Notes purgées le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="667" />
        <source>Campagne créée en brouillon : lancez-la quand elle est prête.</source>
        <translation>Campagne créée en brouillon : lancez-la quand elle est prête.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="677" />
        <source>Campagne enregistrée.</source>
        <translation>Campagne enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="709" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="751" />
        <source>Lancer la campagne</source>
        <translation>Lancer la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="776" />
        <source>Terminer la campagne</source>
        <translation>Terminer la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="783" />
        <source>Campagne terminée. Purgez ses notes avec « Purger les notes… ».</source>
        <translation>Campagne terminée. Purgez ses notes avec « Purger les notes… ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="816" />
        <source>Supprimer la campagne</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="817" />
        <source>Supprimer la campagne en brouillon « {name} » ?</source>
        <translation>Supprimer la campagne en brouillon « {name} » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="828" />
        <source>Campagne supprimée.</source>
        <translation>Campagne supprimée.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="299" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="301" />
        <source>Candidat {name}</source>
        <translation>Candidat {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="308" />
        <source>Numéro unique d'enregistrement</source>
        <translation>Numéro unique d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="315" />
        <source>ex. Couple, 2 enfants (4 et 9 ans)</source>
        <translation>ex. Couple, 2 enfants (4 et 9 ans)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="324" />
        <source>€ / mois</source>
        <translation>€ / mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="325" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="327" />
        <source>€ / mois / UC</source>
        <translation>€ / mois / UC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="329" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="334" />
        <source>Critères de priorité (L441-1)</source>
        <translation>Critères de priorité (L441-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="342" />
        <source>Public prioritaire (autre motif)</source>
        <translation>Public prioritaire (autre motif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="350" />
        <source>Numéro unique</source>
        <translation>Numéro unique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="351" />
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="352" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="353" />
        <source>Demandeur</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="354" />
        <source>Composition du ménage</source>
        <translation>Composition du ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="358" />
        <source>Adultes</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="360" />
        <source>Enfants</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="364" />
        <source>Personnes</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="369" />
        <source>Taux d'effort</source>
        <translation>Taux d'effort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="371" />
        <source>Reste à vivre / UC</source>
        <translation>Reste à vivre / UC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="374" />
        <source>Ressources mensuelles</source>
        <translation>Ressources mensuelles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="375" />
        <source>Date de la demande</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="376" />
        <source>Logement actuel</source>
        <translation>Logement actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="377" />
        <source>Adresse postale</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="378" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="380" />
        <source>Enregistrer le candidat</source>
        <translation>Enregistrer le candidat</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="140" />
        <source>Changement de mot de passe</source>
        <translation>Changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="142" />
        <source>Votre mot de passe a été défini par un administrateur : choisissez le vôtre.</source>
        <translation>Votre mot de passe a été défini par un administrateur : choisissez le vôtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="144" />
        <source>Choisissez un nouveau mot de passe.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="147" />
        <source>Mot de passe actuel</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="149" />
        <source>Nouveau mot de passe</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="150" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>CloseFileDialog</name>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="129" />
        <source>Clore le dossier</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="133" />
        <source>Ex. : départ du locataire, décès, mutation</source>
        <translation>Ex. : départ du locataire, décès, mutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="140" />
        <source>Date de clôture</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="141" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="144" />
        <source>Clore</source>
        <translation>Clore</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="85" />
        <source>Commission d'attribution (CALEOL)</source>
        <translation>Commission d'attribution (CALEOL)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="92" />
        <source>ex. CALEOL Bordeaux Métropole</source>
        <translation>ex. CALEOL Bordeaux Métropole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="96" />
        <source>Règlement intérieur : date d'adoption par le conseil, version</source>
        <translation>Règlement intérieur : date d'adoption par le conseil, version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="108" />
        <source>Le règlement intérieur prévoit les séances dématérialisées (loi 3DS)</source>
        <translation>Le règlement intérieur prévoit les séances dématérialisées (loi 3DS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="124" />
        <source>des membres à voix délibérative</source>
        <translation>des membres à voix délibérative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="128" />
        <source>Un membre représenté compte comme participant à une séance dématérialisée</source>
        <translation>Un membre représenté compte comme participant à une séance dématérialisée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="137" />
        <source> jours</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="141" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="142" />
        <source>Territoire</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="143" />
        <source>Règlement intérieur</source>
        <translation>Règlement intérieur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="144" />
        <source>Quorum et pouvoirs (règlement intérieur)</source>
        <translation>Quorum et pouvoirs (règlement intérieur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="146" />
        <source>Membres désignés présents ou représentés requis</source>
        <translation>Membres désignés présents ou représentés requis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="150" />
        <source>Pouvoirs détenus au plus par un membre</source>
        <translation>Pouvoirs détenus au plus par un membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="153" />
        <source>Participation minimale à distance</source>
        <translation>Participation minimale à distance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="155" />
        <source>Moyens techniques par défaut</source>
        <translation>Moyens techniques par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="157" />
        <source>Délai de réponse aux offres</source>
        <translation>Délai de réponse aux offres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="158" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="460" />
        <source>Conflit d'intérêts</source>
        <translation>Conflit d'intérêts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="470" />
        <source>Tout le logement</source>
        <translation>Tout le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="473" />
        <source>ex. lien familial, voisinage</source>
        <translation>ex. lien familial, voisinage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="477" />
        <source>Le membre ne prendra pas part au vote.</source>
        <translation>Le membre ne prendra pas part au vote.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="478" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="479" />
        <source>Porte sur</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="480" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CotationPage</name>
    <message>
        <location filename="../../desktop/ui/cotation/page.py" line="32" />
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/page.py" line="33" />
        <source>Grilles de cotation</source>
        <translation>Grilles de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/page.py" line="34" />
        <source>Objectifs d'attribution</source>
        <translation>Objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/page.py" line="35" />
        <source>Gestion en flux</source>
        <translation>Gestion en flux</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="59" />
        <source>Parcours — erreur inattendue</source>
        <translation>Parcours — erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="64" />
        <source>Une erreur inattendue s'est produite. Ce que vous avez enregistré est conservé ; vérifiez la dernière opération avant de continuer.

Le détail a été écrit dans le journal :
{path}

Pour le signaler, copiez le rapport et joignez-le à votre message au service informatique.</source>
        <translation>Une erreur inattendue s'est produite. Ce que vous avez enregistré est conservé ; vérifiez la dernière opération avant de continuer.

Le détail a été écrit dans le journal :
{path}

Pour le signaler, copiez le rapport et joignez-le à votre message au service informatique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="77" />
        <source>Copier le rapport</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="80" />
        <source>Ouvrir le dossier du journal</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="85" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="95" />
        <source>Rapport copié</source>
        <translation>Rapport copié</translation>
    </message>
</context>
<context>
    <name>CrisisProtocolDialog</name>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="52" />
        <source>Protocole local de crise</source>
        <translation>Protocole local de crise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="58" />
        <source>Protocole</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="60" />
        <source>Protocole :</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="75" />
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="119" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="84" />
        <source>Texte du protocole</source>
        <translation>Texte du protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="89" />
        <source>Le protocole est signé : son texte et ses associations ne peuvent plus changer (créez un nouveau protocole ou un avenant).</source>
        <translation>Le protocole est signé : son texte et ses associations ne peuvent plus changer (créez un nouveau protocole ou un avenant).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="102" />
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="103" />
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="104" />
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="124" />
        <source>Qualité</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="105" />
        <source>Signé le</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="106" />
        <source>Enregistré par</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="114" />
        <source>Aucune signature enregistrée pour ce protocole.</source>
        <translation>Aucune signature enregistrée pour ce protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="117" />
        <source>Mme Prénom NOM</source>
        <translation>Mme Prénom NOM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="118" />
        <source>présidente, secrétaire…</source>
        <translation>présidente, secrétaire…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="120" />
        <source>Enregistrer la signature</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="122" />
        <source>Association *</source>
        <translation>Association *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="123" />
        <source>Nom du signataire *</source>
        <translation>Nom du signataire *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="125" />
        <source>Date de signature *</source>
        <translation>Date de signature *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="126" />
        <source>Signatures des associations</source>
        <translation>Signatures des associations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="146" />
        <source>Produire le document</source>
        <translation>Produire le document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="150" />
        <source>Le protocole avec les signatures enregistrées, en PDF, enregistré au registre des documents</source>
        <translation>Le protocole avec les signatures enregistrées, en PDF, enregistré au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="173" />
        <source>Nouveau protocole</source>
        <translation>Nouveau protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="181" />
        <source>{title} ({period}) · signatures : {signed}/{count}</source>
        <translation>{title} ({period}) · signatures : {signed}/{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="245" />
        <source>Dernier document : {reference} ({count}) · {path}</source>
        <translation>Dernier document : {reference} ({count}) · {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="225" />
        <source>{user} le {date}</source>
        <translation>{user} le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="222" />
        <source>(pas encore signé)</source>
        <translation>(pas encore signé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="252" />
        <source>Aucun document produit pour ce protocole.</source>
        <translation>Aucun document produit pour ce protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="274" />
        <source>Recharger le protocole</source>
        <translation>Recharger le protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="302" />
        <source>Protocole enregistré : {title}</source>
        <translation>Protocole enregistré : {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="328" />
        <source>Signature de l'association {name} enregistrée.</source>
        <translation>Signature de l'association {name} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="338" />
        <source>Production du document en cours…</source>
        <translation>Production du document en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="349" />
        <source>Document {reference} enregistré : {path}</source>
        <translation>Document {reference} enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="154" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crisis_protocol_dialog.py" line="82" />
        <source>Enregistrer le protocole</source>
        <translation>Enregistrer le protocole</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="279" />
        <source>Afficher</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="280" />
        <source>Exporter en PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="281" />
        <source>Exporter en Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="293" />
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="294" />
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="295" />
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="299" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="303" />
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="306" />
        <source>Calcul en cours…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="330" />
        <source>Tableaux de bord</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="360" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="549" />
        <source>année {year}</source>
        <translation>année {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="551" />
        <source>{title} — {period} — {agency}</source>
        <translation>{title} — {period} — {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="637" />
        <source>Document PDF (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="639" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="641" />
        <source>Exporter le rapport</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="660" />
        <source>Préparation du rapport…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="660" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="663" />
        <location filename="../../desktop/ui/dashboard_page.py" line="775" />
        <source>Export du rapport</source>
        <translation>Export du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="702" />
        <source>Export en cours…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="712" />
        <source>Export annulé.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="728" />
        <source>Export annulé, mais le fichier {path} n'a pas pu être supprimé : {error}</source>
        <translation>Export annulé, mais le fichier {path} n'a pas pu être supprimé : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="762" />
        <source>Rapport enregistré : {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="89" />
        <source>— choisir —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="95" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="98" />
        <source>Pièce manquante (liste de l'arrêté R441-2-4-1)</source>
        <translation>Pièce manquante (liste de l'arrêté R441-2-4-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="100" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="103" />
        <source>Motif (obligatoire pour une non-attribution ou une irrecevabilité)</source>
        <translation>Motif (obligatoire pour une non-attribution ou une irrecevabilité)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="109" />
        <source>Décision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="110" />
        <source>Rang</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="111" />
        <source>Pièce manquante</source>
        <translation>Pièce manquante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="112" />
        <source>Date limite</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="113" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="148" />
        <source>Choisissez la décision de la commission.</source>
        <translation>Choisissez la décision de la commission.</translation>
    </message>
</context>
<context>
    <name>DecisionLettersDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="142" />
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="273" />
        <source>Courriers de décision — séance n° {number}</source>
        <translation>Courriers de décision — séance n° {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="154" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="155" />
        <source>N° unique</source>
        <translation>N° unique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="156" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="157" />
        <source>Décision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="158" />
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="159" />
        <source>Notifié le</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="160" />
        <source>Réponse avant le</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="161" />
        <source>À corriger</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="170" />
        <source>Jours fériés d'Alsace-Moselle</source>
        <translation>Jours fériés d'Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="171" />
        <source>Produire aussi les PDF (et un PDF unique à imprimer)</source>
        <translation>Produire aussi les PDF (et un PDF unique à imprimer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="175" />
        <source>Seulement les candidats sélectionnés</source>
        <translation>Seulement les candidats sélectionnés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="179" />
        <source>Produire les courriers</source>
        <translation>Produire les courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="180" />
        <source>Ouvrir le dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="183" />
        <source>Délai de réponse aux offres</source>
        <translation>Délai de réponse aux offres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="190" />
        <source>Chaque candidat reçoit le courrier de sa décision : proposition avec délai de réponse (R441-10), rang, pièce manquante, refus motivé (L441-2-2).</source>
        <translation>Chaque candidat reçoit le courrier de sa décision : proposition avec délai de réponse (R441-10), rang, pièce manquante, refus motivé (L441-2-2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="215" />
        <source>pas de décision</source>
        <translation>pas de décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="217" />
        <source> (rang {rank})</source>
        <translation> (rang {rank})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="228" />
        <source>à compter de la réception</source>
        <translation>à compter de la réception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="255" />
        <source>Production des courriers en cours…</source>
        <translation>Production des courriers en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="261" />
        <source>{count} courrier produit et enregistré dans {folder}.</source>
        <translation>{count} courrier produit et enregistré dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="263" />
        <source>{count} courriers produits et enregistrés dans {folder}.</source>
        <translation>{count} courriers produits et enregistrés dans {folder}.</translation>
    </message>
</context>
<context>
    <name>DwellingForm</name>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="91" />
        <source>LGT-…</source>
        <translation>LGT-…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="92" />
        <source>N° et voie</source>
        <translation>N° et voie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="101" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="102" />
        <source>0 = RDC</source>
        <translation>0 = RDC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="103" />
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="104" />
        <source>€ / mois</source>
        <translation>€ / mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="109" />
        <source>Préfecture, Action Logement, commune…</source>
        <translation>Préfecture, Action Logement, commune…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="110" />
        <source>Ascenseur, PMR, étage…</source>
        <translation>Ascenseur, PMR, étage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="111" />
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="129" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="116" />
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="117" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="118" />
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="119" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="120" />
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="121" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="122" />
        <source>Étage</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="123" />
        <source>Financement</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="124" />
        <source>Loyer</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="125" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="128" />
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="126" />
        <source>Accessibilité</source>
        <translation>Accessibilité</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="282" />
        <source>Extrait du procès-verbal pour un candidat</source>
        <translation>Extrait du procès-verbal pour un candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="291" />
        <source>Établir l'extrait…</source>
        <translation>Établir l'extrait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="293" />
        <source>Les données des autres candidats sont masquées.</source>
        <translation>Les données des autres candidats sont masquées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="294" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
</context>
<context>
    <name>FilePlansDialog</name>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="40" />
        <source>Accords de paiement du dossier</source>
        <translation>Accords de paiement du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="46" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="47" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="48" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="49" />
        <source>Dette (€)</source>
        <translation>Dette (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="50" />
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="51" />
        <source>Reste dû (€)</source>
        <translation>Reste dû (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="56" />
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="57" />
        <source>Nouvel accord…</source>
        <translation>Nouvel accord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/file_plans.py" line="59" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="68" />
        <source>Création du compte administrateur</source>
        <translation>Création du compte administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="71" />
        <source>Cette base n'a pas encore d'administrateur. Créez son compte : il gérera les comptes des autres utilisateurs. Choisissez un mot de passe d'au moins {n} caractères mêlant minuscules, majuscules, chiffres ou symboles ; il n'existe aucun mot de passe par défaut.</source>
        <translation>Cette base n'a pas encore d'administrateur. Créez son compte : il gérera les comptes des autres utilisateurs. Choisissez un mot de passe d'au moins {n} caractères mêlant minuscules, majuscules, chiffres ou symboles ; il n'existe aucun mot de passe par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="77" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="79" />
        <source>Nom complet</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="80" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="81" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="82" />
        <source>Créer le compte</source>
        <translation>Créer le compte</translation>
    </message>
</context>
<context>
    <name>FlowTab</name>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="46" />
        <source>Année :</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="47" />
        <source>Réservataire :</source>
        <translation>Réservataire :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="50" />
        <source>Afficher</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="52" />
        <source>Exporter le bilan (PDF ou Excel)…</source>
        <translation>Exporter le bilan (PDF ou Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="60" />
        <source>Typologie</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="61" />
        <source>Financement</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="62" />
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="63" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="64" />
        <source>Proposés au flux</source>
        <translation>Proposés au flux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="65" />
        <source>Attribués</source>
        <translation>Attribués</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="68" />
        <source>Choisissez l'année et le réservataire, puis « Afficher ».</source>
        <translation>Choisissez l'année et le réservataire, puis « Afficher ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="102" />
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="102" />
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="110" />
        <source>{offered}, {allocated} ; à transmettre avant le {deadline}.</source>
        <translation>{offered}, {allocated} ; à transmettre avant le {deadline}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="138" />
        <source>Bilan de la gestion en flux</source>
        <translation>Bilan de la gestion en flux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="140" />
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="144" />
        <source>Bilan enregistré : {path}</source>
        <translation>Bilan enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>FreeFieldsForm</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="228" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="229" />
        <source>ex. 1 234,56</source>
        <translation>ex. 1 234,56</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="230" />
        <source>nombre</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="233" />
        <source>vide : la valeur de chaque dossier</source>
        <translation>vide : la valeur de chaque dossier</translation>
    </message>
</context>
<context>
    <name>GridsTab</name>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="57" />
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="58" />
        <source>Grille</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="59" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="60" />
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="61" />
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="62" />
        <source>Exemple</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="63" />
        <source>Cotations</source>
        <translation>Cotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="68" />
        <source>Grille d'exemple…</source>
        <translation>Grille d'exemple…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="69" />
        <source>Importer…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="70" />
        <source>Exporter…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="71" />
        <source>Nouvelle version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="85" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="86" />
        <source>Libellé</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="87" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="88" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="89" />
        <source>Plafond</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="90" />
        <source>Paramètre</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="96" />
        <source>Ajouter un critère</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="97" />
        <source>Retirer le critère</source>
        <translation>Retirer le critère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="98" />
        <source>Enregistrer la grille</source>
        <translation>Enregistrer la grille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="132" />
        <source>EXEMPLE</source>
        <translation>EXEMPLE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="185" />
        <source>Cette version a servi à coter {n} : elle ne peut plus changer ; créez une nouvelle version.</source>
        <translation>Cette version a servi à coter {n} : elle ne peut plus changer ; créez une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="232" />
        <source>Ligne {row} : « {value} » n'est pas un nombre de points.</source>
        <translation>Ligne {row} : « {value} » n'est pas un nombre de points.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="251" />
        <source>Grille enregistrée.</source>
        <translation>Grille enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="255" />
        <source>Grille d'exemple</source>
        <translation>Grille d'exemple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="255" />
        <source>EPCI :</source>
        <translation>EPCI :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="263" />
        <source>Importer une grille</source>
        <translation>Importer une grille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="263" />
        <source>Grille (*.json *.xlsx)</source>
        <translation>Grille (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="286" />
        <source>Exporter la grille</source>
        <translation>Exporter la grille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="288" />
        <source>JSON (*.json);;Excel (*.xlsx)</source>
        <translation>JSON (*.json);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="292" />
        <source>Grille exportée : {path}</source>
        <translation>Grille exportée : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="300" />
        <location filename="../../desktop/ui/cotation/grids.py" line="309" />
        <source>Nouvelle version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="300" />
        <source>En vigueur à partir du (JJ/MM/AAAA) :</source>
        <translation>En vigueur à partir du (JJ/MM/AAAA) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/grids.py" line="310" />
        <source>Date attendue au format JJ/MM/AAAA.</source>
        <translation>Date attendue au format JJ/MM/AAAA.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="74" />
        <source>Importer des locataires</source>
        <translation>Importer des locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="97" />
        <source>&lt; Précédent</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="98" />
        <source>Suivant &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="99" />
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="100" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="125" />
        <source>Choisissez le fichier exporté de votre ERP : CSV (séparateur « ; », encodage UTF-8 ou Windows-1252) ou classeur Excel (.xlsx). La première ligne doit contenir les en-têtes de colonnes.

Rien n'est enregistré avant le bouton « Importer » de la dernière étape.</source>
        <translation>Choisissez le fichier exporté de votre ERP : CSV (séparateur « ; », encodage UTF-8 ou Windows-1252) ou classeur Excel (.xlsx). La première ligne doit contenir les en-têtes de colonnes.

Rien n'est enregistré avant le bouton « Importer » de la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="133" />
        <source>Aucun fichier choisi</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="134" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="149" />
        <source>Vérifiez à quelle colonne du fichier correspond chaque champ. Les champs marqués * sont obligatoires. Une valeur fixe s'applique à toutes les lignes (par exemple l'agence, quand le fichier n'a pas cette colonne).</source>
        <translation>Vérifiez à quelle colonne du fichier correspond chaque champ. Les champs marqués * sont obligatoires. Une valeur fixe s'applique à toutes les lignes (par exemple l'agence, quand le fichier n'a pas cette colonne).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="158" />
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="159" />
        <source>Colonne du fichier</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="160" />
        <source>Exemple (1re ligne)</source>
        <translation>Exemple (1re ligne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="161" />
        <source>Valeur fixe</source>
        <translation>Valeur fixe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="199" />
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="199" />
        <source>Motifs du rejet</source>
        <translation>Motifs du rejet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="213" />
        <source>Étape 1 sur 3 : choisir le fichier</source>
        <translation>Étape 1 sur 3 : choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="214" />
        <source>Étape 2 sur 3 : correspondance des colonnes</source>
        <translation>Étape 2 sur 3 : correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="215" />
        <source>Étape 3 sur 3 : vérification avant import</source>
        <translation>Étape 3 sur 3 : vérification avant import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="244" />
        <source>Choisir l'export de l'ERP</source>
        <translation>Choisir l'export de l'ERP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="247" />
        <source>Exports CSV ou Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Tous les fichiers (*)</source>
        <translation>Exports CSV ou Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="287" />
        <source>(non importé)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="334" />
        <source>Fichier « {name} » : {total}.</source>
        <translation>Fichier « {name} » : {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="347" />
        <source>{n} ligne rejetée, détaillée ci-dessous : elle ne sera pas importée. Corrigez-la dans le fichier puis importez-le de nouveau : les contrats déjà présents seront alors écartés.</source>
        <translation>{n} ligne rejetée, détaillée ci-dessous : elle ne sera pas importée. Corrigez-la dans le fichier puis importez-le de nouveau : les contrats déjà présents seront alors écartés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="353" />
        <source>{n} lignes rejetées, détaillées ci-dessous : elles ne seront pas importées. Corrigez-les dans le fichier puis importez-le de nouveau : les contrats déjà présents seront alors écartés.</source>
        <translation>{n} lignes rejetées, détaillées ci-dessous : elles ne seront pas importées. Corrigez-les dans le fichier puis importez-le de nouveau : les contrats déjà présents seront alors écartés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="283" />
        <source>{name} (colonne {n})</source>
        <translation>{name} (colonne {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="342" />
        <source>Aucune ligne ne peut être importée.</source>
        <translation>Aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="384" />
        <source>Import des dossiers en cours…</source>
        <translation>Import des dossiers en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="384" />
        <source>Annuler l'import</source>
        <translation>Annuler l'import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="386" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="290" />
        <source>Bail signé — {name}</source>
        <translation>Bail signé — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="291" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="294" />
        <source>Logement {dwelling} ({address}) accepté par {name}{date}.</source>
        <translation>Logement {dwelling} ({address}) accepté par {name}{date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="298" />
        <source> le {date}</source>
        <translation> le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="304" />
        <source>Bail signé le</source>
        <translation>Bail signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="305" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="170" />
        <source>Vérifier un PDF signé</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="172" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="179" />
        <source>Signature du PDF</source>
        <translation>Signature du PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="503" />
        <source>Courrier au locataire</source>
        <translation>Courrier au locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="514" />
        <source>Aperçu</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="516" />
        <source>Produire le courrier</source>
        <translation>Produire le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="519" />
        <source>Ouvrir / imprimer</source>
        <translation>Ouvrir / imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="521" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="529" />
        <source>&lt;b&gt;Aperçu du texte&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu du texte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="558" />
        <source>Production du courrier en cours…</source>
        <translation>Production du courrier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="587" />
        <source> (PDF signé)</source>
        <translation> (PDF signé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="588" />
        <source>Courrier {reference} enregistré{signed} : {path}</source>
        <translation>Courrier {reference} enregistré{signed} : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="622" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>LetterOptionsBox</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="306" />
        <source>Lettre recommandée avec avis de réception</source>
        <translation>Lettre recommandée avec avis de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="309" />
        <source>n° du recommandé (facultatif)</source>
        <translation>n° du recommandé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="331" />
        <source>Plan d'apurement</source>
        <translation>Plan d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="333" />
        <source>PDF prêt à imprimer</source>
        <translation>PDF prêt à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="336" />
        <source>Signer électroniquement le PDF</source>
        <translation>Signer électroniquement le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="357" />
        <source>Modèle</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="359" />
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="361" />
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="393" />
        <source>{type} — {status} — {debt}, depuis le {start}</source>
        <translation>{type} — {status} — {debt}, depuis le {start}</translation>
    </message>
</context>
<context>
    <name>LetterTaskDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="70" />
        <source> jours</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="80" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="89" />
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="101" />
        <source>Dossier des courriers</source>
        <translation>Dossier des courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="98" />
        <source>Date de notification</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/letters_dialog.py" line="113" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="102" />
        <source>Connexion à Parcours</source>
        <translation>Connexion à Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="103" />
        <source>Base : {label}</source>
        <translation>Base : {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="104" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="106" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="112" />
        <source>Base de démonstration : comptes {names} ; mot de passe « {password} ».</source>
        <translation>Base de démonstration : comptes {names} ; mot de passe « {password} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="118" />
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96" />
        <source>Parcours — dossiers locataires</source>
        <translation>Parcours — dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Ouverture de la base de données…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>Dossiers locataires</source>
        <translation>Dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>Congés</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>Plans d'apurement</source>
        <translation>Plans d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142" />
        <source>CALEOL</source>
        <translation>CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144" />
        <source>Cotation et objectifs</source>
        <translation>Cotation et objectifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>Mes votes (séances écrites)</source>
        <translation>Mes votes (séances écrites)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150" />
        <source>Tableaux de bord</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>Campagnes d'appels</source>
        <translation>Campagnes d'appels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>Mes appels</source>
        <translation>Mes appels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167" />
        <source>Base : {label} (partage réseau : un seul poste à la fois)</source>
        <translation>Base : {label} (partage réseau : un seul poste à la fois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>Base : {label}</source>
        <translation>Base : {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174" />
        <source>Utilisateur : {user}</source>
        <translation>Utilisateur : {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231" />
        <location filename="../../desktop/ui/main_window.py" line="296" />
        <source>Publipostage interrompu</source>
        <translation>Publipostage interrompu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233" />
        <source>{said}

Faire maintenant les courriers manquants ? Ceux déjà enregistrés ne sont pas refaits.</source>
        <translation>{said}

Faire maintenant les courriers manquants ? Ceux déjà enregistrés ne sont pas refaits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239" />
        <source>Faire les courriers manquants</source>
        <translation>Faire les courriers manquants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241" />
        <source>Abandonner</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242" />
        <source>Plus tard</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275" />
        <source>Reprise du publipostage : {done} courriers sur {total}</source>
        <translation>Reprise du publipostage : {done} courriers sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>Publipostage repris : {count} ({m} l'était déjà).</source>
        <translation>Publipostage repris : {count} ({m} l'était déjà).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287" />
        <source>Publipostage repris : {count} ({m} l'étaient déjà).</source>
        <translation>Publipostage repris : {count} ({m} l'étaient déjà).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410" />
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="413" />
        <source>&amp;Nouveau dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420" />
        <source>&amp;Importer des locataires…</source>
        <translation>&amp;Importer des locataires…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="425" />
        <source>Nouvelle a&amp;gence…</source>
        <translation>Nouvelle a&amp;gence…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="428" />
        <source>Mes &amp;préférences…</source>
        <translation>Mes &amp;préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="432" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="434" />
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="435" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="438" />
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="449" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="454" />
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="457" />
        <source>&amp;Actualiser</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463" />
        <source>&amp;Congés</source>
        <translation>&amp;Congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="467" />
        <source>Ouvrir le dossier sélectionné</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="472" />
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="473" />
        <source>À &amp;propos de Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521" />
        <source>Dossier enregistré.</source>
        <translation>Dossier enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="563" />
        <source>Congé</source>
        <translation>Congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="597" />
        <source>À propos de Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="599" />
        <source>&lt;b&gt;Parcours {version}&lt;/b&gt;&lt;br&gt;Back-office des bailleurs sociaux : dossiers locataires, congés, plans d'apurement, CALEOL, campagnes.&lt;br&gt;&lt;br&gt;Journal des erreurs : {logs}</source>
        <translation>&lt;b&gt;Parcours {version}&lt;/b&gt;&lt;br&gt;Back-office des bailleurs sociaux : dossiers locataires, congés, plans d'apurement, CALEOL, campagnes.&lt;br&gt;&lt;br&gt;Journal des erreurs : {logs}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="225" />
        <source>Membre de la commission</source>
        <translation>Membre de la commission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="227" />
        <source>Membre : {name}</source>
        <translation>Membre : {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="238" />
        <source>voix délibérative</source>
        <translation>voix délibérative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="238" />
        <source>voix consultative</source>
        <translation>voix consultative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="244" />
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="245" />
        <location filename="../../desktop/ui/caleol/page.py" line="271" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="247" />
        <source>ex. Adjoint au maire chargé du logement</source>
        <translation>ex. Adjoint au maire chargé du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="250" />
        <source>Commune (maire) ; communes séparées par des virgules (EPCI)</source>
        <translation>Commune (maire) ; communes séparées par des virgules (EPCI)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="254" />
        <source>— titulaire —</source>
        <translation>— titulaire —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="259" />
        <location filename="../../desktop/ui/caleol/page.py" line="260" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="261" />
        <source>Président de la commission</source>
        <translation>Président de la commission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="270" />
        <source>Qualité</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="272" />
        <source>Fonction, organisme</source>
        <translation>Fonction, organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="273" />
        <source>Commune(s)</source>
        <translation>Commune(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="274" />
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="275" />
        <source>Suppléant de</source>
        <translation>Suppléant de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="279" />
        <source>du</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="281" />
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="284" />
        <source>Mandat</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="286" />
        <source>Compte de l'application</source>
        <translation>Compte de l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="288" />
        <source>Enregistrer le membre</source>
        <translation>Enregistrer le membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="296" />
        <source>Un membre lié à un compte relit et approuve le procès-verbal dans l'application ; sinon le secrétariat enregistre sa réponse.</source>
        <translation>Un membre lié à un compte relit et approuve le procès-verbal dans l'application ; sinon le secrétariat enregistre sa réponse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="308" />
        <source>— aucun —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="317" />
        <source>Compte n° {id}</source>
        <translation>Compte n° {id}</translation>
    </message>
</context>
<context>
    <name>MemberReviewPanel</name>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="824" />
        <source>Commission</source>
        <extracomment>sessions whose minutes this account signs (president or his substitute)</extracomment>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="825" />
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="826" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="827" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="828" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="829" />
        <source>Ma réponse</source>
        <translation>Ma réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="832" />
        <source>Lire le procès-verbal (PDF)</source>
        <translation>Lire le procès-verbal (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="834" />
        <source>J'approuve ce procès-verbal</source>
        <translation>J'approuve ce procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="839" />
        <source>Modification que vous demandez (obligatoire pour une demande de modification)</source>
        <translation>Modification que vous demandez (obligatoire pour une demande de modification)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="843" />
        <source>Demander une modification</source>
        <translation>Demander une modification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="845" />
        <source>Signer (président)…</source>
        <translation>Signer (président)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="900" />
        <source>Votre compte n'est rattaché à aucun siège de commission : demandez au secrétariat de la CALEOL de le lier à votre fiche de membre.</source>
        <translation>Votre compte n'est rattaché à aucun siège de commission : demandez au secrétariat de la CALEOL de le lier à votre fiche de membre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="912" />
        <source>&lt;h3&gt;Procès-verbaux à relire&lt;/h3&gt;{count} procès-verbal(aux) attend(ent) votre réponse. Lisez le PDF puis approuvez-le, ou demandez une modification.</source>
        <translation>&lt;h3&gt;Procès-verbaux à relire&lt;/h3&gt;{count} procès-verbal(aux) attend(ent) votre réponse. Lisez le PDF puis approuvez-le, ou demandez une modification.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="930" />
        <source>à donner</source>
        <translation>à donner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="948" />
        <source>Séance n° {number} du {date}, version {version} : {status}.</source>
        <translation>Séance n° {number} du {date}, version {version} : {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="955" />
        <source>Votre réponse du {at} : {verdict}.</source>
        <translation>Votre réponse du {at} : {verdict}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="959" />
        <source>Modifications de cette version : {note}</source>
        <translation>Modifications de cette version : {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="998" />
        <source>Votre réponse est enregistrée : {verdict}.</source>
        <translation>Votre réponse est enregistrée : {verdict}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="1016" />
        <source>Procès-verbal signé : la séance est verrouillée.</source>
        <translation>Procès-verbal signé : la séance est verrouillée.</translation>
    </message>
</context>
<context>
    <name>MemberVotePanel</name>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="40" />
        <source>Séance écrite :</source>
        <translation>Séance écrite :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="42" />
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="53" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="54" />
        <source>N° unique</source>
        <translation>N° unique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="55" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="56" />
        <source>Ménage</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="57" />
        <source>Ressources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="58" />
        <source>Priorités</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="59" />
        <source>Cotation</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="60" />
        <source>Mon vote</source>
        <translation>Mon vote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="61" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="71" />
        <source>Pour</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="72" />
        <source>Contre</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="73" />
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="105" />
        <source>Aucune séance écrite en cours.</source>
        <translation>Aucune séance écrite en cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="114" />
        <source>{name} — séance n° {number}</source>
        <translation>{name} — séance n° {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="118" />
        <source>vote ouvert {window}</source>
        <translation>vote ouvert {window}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_vote.py" line="174" />
        <source>Vote enregistré : {vote} pour {name}.</source>
        <translation>Vote enregistré : {vote} pour {name}.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="79" />
        <source>Procès-verbal — version {number}</source>
        <translation>Procès-verbal — version {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="326" />
        <source>Version</source>
        <extracomment>who signs the minutes (the president or his substitute for the session)</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="327" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="328" />
        <source>Produite le</source>
        <translation>Produite le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="329" />
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="330" />
        <source>Approbations</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="331" />
        <source>Note de modification</source>
        <translation>Note de modification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="338" />
        <source>Ce qui a changé depuis la version précédente (obligatoire à partir de la version 2)</source>
        <translation>Ce qui a changé depuis la version précédente (obligatoire à partir de la version 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="342" />
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="488" />
        <source>Produire le projet</source>
        <translation>Produire le projet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="343" />
        <source>Ouvrir le PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="345" />
        <source>Envoyer en relecture…</source>
        <translation>Envoyer en relecture…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="349" />
        <source>Dépose un exemplaire du projet par membre à voix délibérative dans le dossier choisi, à leur envoyer.</source>
        <translation>Dépose un exemplaire du projet par membre à voix délibérative dans le dossier choisi, à leur envoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="353" />
        <source>Enregistrer une réponse…</source>
        <translation>Enregistrer une réponse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="355" />
        <source>Signer…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="359" />
        <source>Signature électronique du président (certificat PKCS#12) : la séance est ensuite verrouillée.</source>
        <translation>Signature électronique du président (certificat PKCS#12) : la séance est ensuite verrouillée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="364" />
        <source>Extrait pour un candidat…</source>
        <translation>Extrait pour un candidat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="370" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="370" />
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="370" />
        <source>Le</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="370" />
        <source>Commentaire</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="383" />
        <source>Comparer</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="405" />
        <source>Versions du procès-verbal</source>
        <translation>Versions du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="408" />
        <source>Relecture par les membres</source>
        <translation>Relecture par les membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="412" />
        <source>Différences entre deux versions</source>
        <translation>Différences entre deux versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="417" />
        <source>De la version</source>
        <translation>De la version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="419" />
        <source>à la version</source>
        <translation>à la version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="465" />
        <source>{done} sur {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="480" />
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="486" />
        <source>Produire une nouvelle version</source>
        <translation>Produire une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="501" />
        <source>Vous signez le procès-verbal, avec votre propre certificat.</source>
        <translation>Vous signez le procès-verbal, avec votre propre certificat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="503" />
        <source>Signature : {name} (présidence de la séance, en suppléance du président).</source>
        <translation>Signature : {name} (présidence de la séance, en suppléance du président).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="505" />
        <source>Signature : {name} (présidence de la commission).</source>
        <translation>Signature : {name} (présidence de la commission).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="508" />
        <source>Aucun compte n'est lié à son siège.</source>
        <translation>Aucun compte n'est lié à son siège.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="509" />
        <source>Il signe depuis son propre compte, avec son certificat.</source>
        <translation>Il signe depuis son propre compte, avec son certificat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="521" />
        <source>Aucune version : produisez le projet une fois la séance tenue (ouverte ou close).</source>
        <translation>Aucune version : produisez le projet une fois la séance tenue (ouverte ou close).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="528" />
        <source>{channel}, enregistrée par {user}</source>
        <translation>{channel}, enregistrée par {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="537" />
        <source>Version {number} : &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Version {number} : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="543" />
        <source>Signée par {signer} le {date}.</source>
        <translation>Signée par {signer} le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="550" />
        <source>Approbations : {done} sur {total} membres à voix délibérative ayant participé.</source>
        <translation>Approbations : {done} sur {total} membres à voix délibérative ayant participé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="558" />
        <source>En attente : {names}.</source>
        <translation>En attente : {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="564" />
        <source>Modification demandée par : {names}.</source>
        <translation>Modification demandée par : {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="623" />
        <source>Production du procès-verbal en cours…</source>
        <translation>Production du procès-verbal en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="629" />
        <source>Version {number} du procès-verbal produite : {path}</source>
        <translation>Version {number} du procès-verbal produite : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="648" />
        <source>Dossier où déposer un exemplaire du projet par membre</source>
        <translation>Dossier où déposer un exemplaire du projet par membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="660" />
        <source>Version {number} soumise aux membres : {count} exemplaire déposé dans {folder}, à envoyer.</source>
        <translation>Version {number} soumise aux membres : {count} exemplaire déposé dans {folder}, à envoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="665" />
        <source>Version {number} soumise aux membres : {count} exemplaires déposés dans {folder}, à envoyer à chacun.</source>
        <translation>Version {number} soumise aux membres : {count} exemplaires déposés dans {folder}, à envoyer à chacun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="760" />
        <source>{changed}, {added}, {removed}.</source>
        <translation>{changed}, {added}, {removed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="691" />
        <source>Réponse de {name} enregistrée.</source>
        <translation>Réponse de {name} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="694" />
        <source>Tous les membres requis ont approuvé : le procès-verbal peut être signé.</source>
        <translation>Tous les membres requis ont approuvé : le procès-verbal peut être signé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="706" />
        <source>Procès-verbal signé ({path}) : la séance est verrouillée.</source>
        <translation>Procès-verbal signé ({path}) : la séance est verrouillée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="728" />
        <source>Enregistrer l'extrait</source>
        <translation>Enregistrer l'extrait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="730" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="738" />
        <source>Production de l'extrait en cours…</source>
        <translation>Production de l'extrait en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="743" />
        <source>Extrait enregistré : {path}</source>
        <translation>Extrait enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="756" />
        <source>Aucune différence.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>MyCallsTab</name>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="858" />
        <source>Mes fiches en cours (à faire aujourd'hui en premier)</source>
        <translation>Mes fiches en cours (à faire aujourd'hui en premier)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="860" />
        <source>À faire aujourd'hui ou en retard</source>
        <translation>À faire aujourd'hui ou en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="861" />
        <source>Toutes mes fiches, y compris terminées</source>
        <translation>Toutes mes fiches, y compris terminées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="862" />
        <source>Filtrer : nom, téléphone…</source>
        <translation>Filtrer : nom, téléphone…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="868" />
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="869" />
        <source>Âge</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="870" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="871" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="872" />
        <source>À faire</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="873" />
        <source>Lien renforcé</source>
        <translation>Lien renforcé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="874" />
        <source>Prochain appel</source>
        <translation>Prochain appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="875" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="876" />
        <source>Tentatives</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="877" />
        <source>Campagne</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="884" />
        <source>Aucune fiche d'appel pour ces filtres.</source>
        <translation>Aucune fiche d'appel pour ces filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="887" />
        <source>Appeler…</source>
        <translation>Appeler…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="896" />
        <source>&lt;h2&gt;Mes appels&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mes appels&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="918" />
        <source>Toutes mes campagnes en cours</source>
        <translation>Toutes mes campagnes en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="953" />
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="975" />
        <source>{due} aujourd'hui · {open} en cours · {shown}</source>
        <translation>{due} aujourd'hui · {open} en cours · {shown}</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="393" />
        <source>Nouvelle séance — {name}</source>
        <translation>Nouvelle séance — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="405" />
        <source>Le règlement intérieur ne prévoit pas de séance dématérialisée.</source>
        <translation>Le règlement intérieur ne prévoit pas de séance dématérialisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/page.py" line="408" />
        <source>Créer la séance</source>
        <translation>Créer la séance</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="123" />
        <source>Congé</source>
        <extracomment>a date at stake coming near (bolder than ``widgets.WARNING_STYLE``), or gone by the dates of the notice itself (the *Congé* tab), by field path A notice of this tenant file changed (household id).</extracomment>
        <translation>Congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="124" />
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="125" />
        <source>Sortie et dépôt de garantie</source>
        <translation>Sortie et dépôt de garantie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="128" />
        <source>Nouveau congé</source>
        <translation>Nouveau congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="131" />
        <source>Enregistrer un nouveau congé (le précédent est retiré)</source>
        <translation>Enregistrer un nouveau congé (le précédent est retiré)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="134" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="155" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="177" />
        <source>Justificatif reçu</source>
        <translation>Justificatif reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="189" />
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="194" />
        <source>Mode de remise</source>
        <translation>Mode de remise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="195" />
        <source>Envoyé le</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="196" />
        <source>Première présentation le</source>
        <translation>Première présentation le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="197" />
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="198" />
        <source>Départ souhaité le</source>
        <translation>Départ souhaité le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="199" />
        <source>Motif de préavis réduit</source>
        <translation>Motif de préavis réduit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="200" />
        <source>Justificatif</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="202" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="206" />
        <source>Le préavis court à compter de la réception : date de signature de l'accusé de réception, de l'acte du commissaire de justice ou de la remise en main propre.</source>
        <translation>Le préavis court à compter de la réception : date de signature de l'accusé de réception, de l'acte du commissaire de justice ou de la remise en main propre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="212" />
        <location filename="../../desktop/ui/notice_dialog.py" line="526" />
        <source>Enregistrer le congé</source>
        <translation>Enregistrer le congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="224" />
        <source>Comment le préavis a été compté</source>
        <translation>Comment le préavis a été compté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="253" />
        <location filename="../../desktop/ui/notice_dialog.py" line="295" />
        <source>Décidé le</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="254" />
        <location filename="../../desktop/ui/notice_dialog.py" line="293" />
        <source>Décision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="255" />
        <location filename="../../desktop/ui/notice_dialog.py" line="294" />
        <source>Décidé par</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="256" />
        <location filename="../../desktop/ui/notice_dialog.py" line="296" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="257" />
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="258" />
        <source>Saisi par</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="268" />
        <source>Nouvelle décision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="283" />
        <source>Ex. : confinement, déménagement impossible</source>
        <translation>Ex. : confinement, déménagement impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="299" />
        <source>Nouvelle date de départ</source>
        <translation>Nouvelle date de départ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="300" />
        <source>Convention signée le</source>
        <translation>Convention signée le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="303" />
        <location filename="../../desktop/ui/notice_dialog.py" line="340" />
        <source>Clés rendues le</source>
        <translation>Clés rendues le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="304" />
        <location filename="../../desktop/ui/notice_dialog.py" line="341" />
        <source>Mode de remise des clés</source>
        <translation>Mode de remise des clés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="305" />
        <location filename="../../desktop/ui/notice_dialog.py" line="339" />
        <source>État des lieux prévu le</source>
        <translation>État des lieux prévu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="315" />
        <source>Enregistrer la décision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="331" />
        <source>Conforme à l'état des lieux d'entrée (dépôt à restituer sous 1 mois)</source>
        <translation>Conforme à l'état des lieux d'entrée (dépôt à restituer sous 1 mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="337" />
        <source>État des lieux de sortie le</source>
        <translation>État des lieux de sortie le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="342" />
        <source>Enregistrer la sortie</source>
        <translation>Enregistrer la sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="346" />
        <source>Dépôt de garantie</source>
        <translation>Dépôt de garantie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="349" />
        <source>Enregistrer la restitution</source>
        <translation>Enregistrer la restitution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="353" />
        <source>Restitué le</source>
        <translation>Restitué le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="369" />
        <source>Congé de {name}</source>
        <translation>Congé de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="370" />
        <source>&lt;h2&gt;Congé — {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Congé — {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="381" />
        <source>nouveau congé</source>
        <translation>nouveau congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="402" />
        <location filename="../../desktop/ui/notice_dialog.py" line="481" />
        <source>Le dépôt de garantie est à restituer à compter du retour des clés.</source>
        <translation>Le dépôt de garantie est à restituer à compter du retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="411" />
        <source>{contract} · {address} · congé {status} · modifié par {user} le {when}</source>
        <translation>{contract} · {address} · congé {status} · modifié par {user} le {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="440" />
        <source>départ le {date}</source>
        <translation>départ le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="442" />
        <source> ; convention signée le {date}</source>
        <translation> ; convention signée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="446" />
        <source>clés le {date}</source>
        <translation>clés le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="448" />
        <source> ; état des lieux prévu le {date}</source>
        <translation> ; état des lieux prévu le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="487" />
        <source>{months} mois après le retour des clés, en attendant l'état des lieux de sortie</source>
        <translation>{months} mois après le retour des clés, en attendant l'état des lieux de sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="490" />
        <source>1 mois : état des lieux de sortie conforme à l'entrée</source>
        <translation>1 mois : état des lieux de sortie conforme à l'entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="492" />
        <source>{months} mois après le retour des clés</source>
        <translation>{months} mois après le retour des clés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="493" />
        <source>À restituer au plus tard le {date} ({why}).</source>
        <translation>À restituer au plus tard le {date} ({why}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="497" />
        <source>Restitué le {date}.</source>
        <translation>Restitué le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="501" />
        <source>Pénalité de retard : {amount}.</source>
        <translation>Pénalité de retard : {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="528" />
        <source>Enregistrer les modifications</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="571" />
        <source>Aucun justificatif : l'adresse du logement suffit.</source>
        <translation>Aucun justificatif : l'adresse du logement suffit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="573" />
        <source>Attention : le bail n'indique pas de zone tendue.</source>
        <translation>Attention : le bail n'indique pas de zone tendue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="576" />
        <source>Logement en zone tendue : le préavis d'un mois s'applique sans justificatif, quel que soit le motif.</source>
        <translation>Logement en zone tendue : le préavis d'un mois s'applique sans justificatif, quel que soit le motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="581" />
        <source>Justificatif habituel : {proof}. Sans justificatif, le préavis de 3 mois s'applique.</source>
        <translation>Justificatif habituel : {proof}. Sans justificatif, le préavis de 3 mois s'applique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="668" />
        <source>Aperçu : rien n'est enregistré tant que vous n'avez pas cliqué sur « Enregistrer ».</source>
        <translation>Aperçu : rien n'est enregistré tant que vous n'avez pas cliqué sur « Enregistrer ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="673" />
        <source>Saisissez la date de réception du congé.</source>
        <translation>Saisissez la date de réception du congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="678" />
        <source>&lt;b&gt;Fin du préavis : {date}&lt;/b&gt; ({months} mois)</source>
        <translation>&lt;b&gt;Fin du préavis : {date}&lt;/b&gt; ({months} mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="682" />
        <source>&lt;b&gt;Départ reporté au {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Départ reporté au {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="688" />
        <source>Justificatif manquant : fin le {date} s'il est fourni et accepté.</source>
        <translation>Justificatif manquant : fin le {date} s'il est fourni et accepté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="710" />
        <source>Indiquez la date de réception du justificatif.</source>
        <translation>Indiquez la date de réception du justificatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="758" />
        <source>Recharger le congé</source>
        <translation>Recharger le congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="773" />
        <location filename="../../desktop/ui/notice_dialog.py" line="824" />
        <location filename="../../desktop/ui/notice_dialog.py" line="910" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="783" />
        <location filename="../../desktop/ui/notice_dialog.py" line="807" />
        <source>Congé enregistré.</source>
        <translation>Congé enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="803" />
        <source>Justificatif enregistré : la fin du préavis est recalculée.</source>
        <translation>Justificatif enregistré : la fin du préavis est recalculée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="868" />
        <source>Retrait du congé</source>
        <translation>Retrait du congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="869" />
        <source>Enregistrer le retrait de ce congé ? Le locataire reste dans les lieux.</source>
        <translation>Enregistrer le retrait de ce congé ? Le locataire reste dans les lieux.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="870" />
        <source>Enregistrer le retrait</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="871" />
        <source>Ne rien changer</source>
        <translation>Ne rien changer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="879" />
        <source>Report du départ enregistré.</source>
        <translation>Report du départ enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="881" />
        <source>Remise des clés sans état des lieux enregistrée.</source>
        <translation>Remise des clés sans état des lieux enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="884" />
        <source>Préavis réduit accordé sans justificatif : enregistré.</source>
        <translation>Préavis réduit accordé sans justificatif : enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="887" />
        <source>Refus du préavis réduit enregistré : le préavis de trois mois s'applique.</source>
        <translation>Refus du préavis réduit enregistré : le préavis de trois mois s'applique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="889" />
        <source>Retrait du congé enregistré.</source>
        <translation>Retrait du congé enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="924" />
        <source>Sortie du logement enregistrée.</source>
        <translation>Sortie du logement enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="939" />
        <source>Restitution du dépôt de garantie enregistrée.</source>
        <translation>Restitution du dépôt de garantie enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="956" />
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="960" />
        <source>Produire un courrier de congé à partir de son modèle (enregistré au registre des courriers et dans la chronologie du dossier)</source>
        <translation>Produire un courrier de congé à partir de son modèle (enregistré au registre des courriers et dans la chronologie du dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="966" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="971" />
        <source>Ouvrir le courrier</source>
        <translation>Ouvrir le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="1007" />
        <source>Production du courrier en cours…</source>
        <translation>Production du courrier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_dialog.py" line="1023" />
        <source>Courrier {reference} enregistré.</source>
        <translation>Courrier {reference} enregistré.</translation>
    </message>
</context>
<context>
    <name>NoticeListPage</name>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="48" />
        <source>Congés en cours</source>
        <extracomment>notice id, household id</extracomment>
        <translation>Congés en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="49" />
        <source>Congés retirés</source>
        <translation>Congés retirés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="50" />
        <source>Congés terminés</source>
        <translation>Congés terminés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="51" />
        <source>Tous les congés</source>
        <translation>Tous les congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="52" />
        <source>Départ ce mois-ci</source>
        <translation>Départ ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="54" />
        <source>Justificatif manquant</source>
        <translation>Justificatif manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="56" />
        <source>Dépôt de garantie en retard</source>
        <translation>Dépôt de garantie en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="58" />
        <source>Exporter vers Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="63" />
        <source>Locataire</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="64" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="65" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="67" />
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="68" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="69" />
        <source>Préavis</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="70" />
        <source>Fin du préavis</source>
        <translation>Fin du préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="71" />
        <source>Départ</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="72" />
        <source>Dépôt avant le</source>
        <translation>Dépôt avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="73" />
        <source>Alertes</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="135" />
        <source>justificatif manquant</source>
        <translation>justificatif manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="137" />
        <source>Fin le {date} si le justificatif est fourni</source>
        <translation>Fin le {date} si le justificatif est fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="218" />
        <source>{count} vers {path}</source>
        <translation>{count} vers {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="66" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="86" />
        <source>&lt;h2&gt;Congés&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Congés&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="107" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="142" />
        <source>départ reporté</source>
        <translation>départ reporté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="144" />
        <source>dépôt en retard</source>
        <translation>dépôt en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="146" />
        <source>dépôt à restituer bientôt</source>
        <translation>dépôt à restituer bientôt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="154" />
        <source>{n} mois</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="174" />
        <source>Aucun congé</source>
        <translation>Aucun congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="176" />
        <source>1 congé</source>
        <translation>1 congé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="178" />
        <source>{n} congés</source>
        <translation>{n} congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="198" />
        <source>Exporter les congés</source>
        <translation>Exporter les congés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="199" />
        <source>conges.xlsx</source>
        <translation>conges.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="200" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_list.py" line="215" />
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>OccupationDueDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="510" />
        <source>Examens de l'occupation à présenter</source>
        <translation>Examens de l'occupation à présenter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="519" />
        <source>Locataire</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="520" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="521" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="522" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="523" />
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="524" />
        <source>Échéance triennale</source>
        <translation>Échéance triennale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="525" />
        <source>Motifs</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="537" />
        <source>Inscrire à l'ordre du jour</source>
        <translation>Inscrire à l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="539" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="543" />
        <source>Motif de l'examen</source>
        <translation>Motif de l'examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="544" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="552" />
        <source>Locataires en zone tendue dont l'échéance triennale du bail approche, avec un motif calculable depuis le dossier (CCH L442-5-2).</source>
        <translation>Locataires en zone tendue dont l'échéance triennale du bail approche, avec un motif calculable depuis le dossier (CCH L442-5-2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="590" />
        <source>Aucun locataire à présenter pour l'instant.</source>
        <translation>Aucun locataire à présenter pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="592" />
        <source>{count} locataire à présenter.</source>
        <translation>{count} locataire à présenter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="594" />
        <source>{count} locataires à présenter.</source>
        <translation>{count} locataires à présenter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="607" />
        <source>Choisissez un locataire dans la liste.</source>
        <translation>Choisissez un locataire dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda_dialogs.py" line="626" />
        <source>Examen inscrit à l'ordre du jour.</source>
        <translation>Examen inscrit à l'ordre du jour.</translation>
    </message>
</context>
<context>
    <name>OfferLetterDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="325" />
        <source>Courrier de proposition — {name}</source>
        <extracomment>the letter is made (``DecisionLettersResult``)</extracomment>
        <translation>Courrier de proposition — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="333" />
        <source>Jours fériés d'Alsace-Moselle</source>
        <translation>Jours fériés d'Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="335" />
        <source>Produire aussi le PDF</source>
        <translation>Produire aussi le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="340" />
        <source>Produire le courrier</source>
        <translation>Produire le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="341" />
        <source>Ouvrir le courrier</source>
        <translation>Ouvrir le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="344" />
        <source>, rang {rank}</source>
        <translation>, rang {rank}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="348" />
        <source>Le logement {dwelling} ({address}) est proposé à {name}{rank}. Son courrier de proposition indique le délai de réponse (R441-10) et est enregistré au registre des courriers.</source>
        <translation>Le logement {dwelling} ({address}) est proposé à {name}{rank}. Son courrier de proposition indique le délai de réponse (R441-10) et est enregistré au registre des courriers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="358" />
        <source>Délai de réponse</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="387" />
        <source>Production du courrier en cours…</source>
        <translation>Production du courrier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="395" />
        <source>Courrier {reference} enregistré dans {folder}, à envoyer en recommandé : le délai de réponse court de sa réception ; enregistrez-en la date (« Réception du courrier recommandé… ») dès que vous la connaissez.</source>
        <translation>Courrier {reference} enregistré dans {folder}, à envoyer en recommandé : le délai de réponse court de sa réception ; enregistrez-en la date (« Réception du courrier recommandé… ») dès que vous la connaissez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="401" />
        <source>Courrier {reference} enregistré dans {folder} ; réponse attendue au plus tard le {date}.</source>
        <translation>Courrier {reference} enregistré dans {folder} ; réponse attendue au plus tard le {date}.</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="448" />
        <source>Date à laquelle les délais sont calculés</source>
        <translation>Date à laquelle les délais sont calculés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="449" />
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="455" />
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="456" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="457" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="458" />
        <source>Décision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="459" />
        <source>Notifiée le</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="461" />
        <source>Réponse avant le</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="462" />
        <source>Jours restants</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="463" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="464" />
        <source>Rang suivant</source>
        <translation>Rang suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="480" />
        <source>Réponse du candidat…</source>
        <translation>Réponse du candidat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="481" />
        <source>Proposer au rang suivant</source>
        <translation>Proposer au rang suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="482" />
        <source>Courrier de proposition…</source>
        <translation>Courrier de proposition…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="484" />
        <source>Bail signé…</source>
        <translation>Bail signé…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="487" />
        <source>Date de signature du bail par le candidat qui a accepté le logement</source>
        <translation>Date de signature du bail par le candidat qui a accepté le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="493" />
        <source>Séance :</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="496" />
        <source>Situation au</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="651" />
        <source>Au {date} : {pending}, {waiting}, {overdue} sans réponse dans le délai, {to_notify}, {to_next}, {accepted}.</source>
        <translation>Au {date} : {pending}, {waiting}, {overdue} sans réponse dans le délai, {to_notify}, {to_next}, {accepted}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="460" />
        <source>Reçue le</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="472" />
        <source>Réception du courrier recommandé…</source>
        <translation>Réception du courrier recommandé…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="476" />
        <source>Date de réception (première présentation, retiré ou non) du courrier recommandé : le délai de réponse court à partir d'elle</source>
        <translation>Date de réception (première présentation, retiré ou non) du courrier recommandé : le délai de réponse court à partir d'elle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="514" />
        <source>Le logement est proposé à l'attribution directe, sinon au rang 1. Délai de réponse d'au moins 10 jours à compter du lendemain de la réception du courrier (pour un pli recommandé, sa première présentation, à enregistrer ; sinon la notification), reporté au jour ouvrable suivant ; sans réponse dans le délai, le candidat est réputé avoir refusé (R441-10) et le logement peut être proposé au rang suivant.</source>
        <translation>Le logement est proposé à l'attribution directe, sinon au rang 1. Délai de réponse d'au moins 10 jours à compter du lendemain de la réception du courrier (pour un pli recommandé, sa première présentation, à enregistrer ; sinon la notification), reporté au jour ouvrable suivant ; sans réponse dans le délai, le candidat est réputé avoir refusé (R441-10) et le logement peut être proposé au rang suivant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="551" />
        <source>Toutes les séances closes</source>
        <translation>Toutes les séances closes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="556" />
        <source>{number} du {date}</source>
        <translation>{number} du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="578" />
        <source>Attribution en rang {rank}</source>
        <translation>Attribution en rang {rank}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="587" />
        <source>dépassé de {days} j</source>
        <translation>dépassé de {days} j</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="591" />
        <source> — {reason}</source>
        <translation> — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="594" />
        <source>Rang {rank} : {name} (à proposer)</source>
        <translation>Rang {rank} : {name} (à proposer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="598" />
        <source>Plus aucun candidat classé</source>
        <translation>Plus aucun candidat classé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="604" />
        <source>Demande n° unique {numero}</source>
        <translation>Demande n° unique {numero}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="611" />
        <source>réception + {days} j</source>
        <translation>réception + {days} j</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="613" />
        <source>Courrier recommandé : la date limite sera connue une fois sa réception enregistrée</source>
        <translation>Courrier recommandé : la date limite sera connue une fois sa réception enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="750" />
        <source>Présentation du courrier enregistrée.</source>
        <translation>Présentation du courrier enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="761" />
        <source>Acceptation enregistrée.</source>
        <translation>Acceptation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="763" />
        <source>Refus enregistré.</source>
        <translation>Refus enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="771" />
        <source>Signature du bail enregistrée.</source>
        <translation>Signature du bail enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="786" />
        <source>Logement {reference} proposé à {name} : produisez son courrier de proposition.</source>
        <translation>Logement {reference} proposé à {name} : produisez son courrier de proposition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="800" />
        <source>Courrier de proposition produit pour {name}.</source>
        <translation>Courrier de proposition produit pour {name}.</translation>
    </message>
</context>
<context>
    <name>OrganisationSettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="114" />
        <source>Enregistrer les paramètres</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="117" />
        <source>Annuler les modifications</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="127" />
        <source>&lt;h2&gt;Paramètres de l'organisme&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres de l'organisme&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="152" />
        <source>ESH (SA d'HLM, coopérative)</source>
        <translation>ESH (SA d'HLM, coopérative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="153" />
        <source>OPH (office public de l'habitat)</source>
        <translation>OPH (office public de l'habitat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="154" />
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="155" />
        <source>Nom de l'organisme</source>
        <translation>Nom de l'organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="156" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="158" />
        <source>Forme juridique</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="159" />
        <source>ex. : société anonyme d'HLM</source>
        <translation>ex. : société anonyme d'HLM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="161" />
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="162" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="163" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="164" />
        <source>Ville du RCS</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="165" />
        <source>Siège social</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="166" />
        <source>En-tête des courriers (siège)</source>
        <translation>En-tête des courriers (siège)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="168" />
        <location filename="../../desktop/ui/settings_page.py" line="230" />
        <source>Adresse (une ligne par ligne)</source>
        <translation>Adresse (une ligne par ligne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="170" />
        <location filename="../../desktop/ui/settings_page.py" line="237" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="171" />
        <location filename="../../desktop/ui/settings_page.py" line="238" />
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="172" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="174" />
        <source>Ville de « Fait à » par défaut</source>
        <translation>Ville de « Fait à » par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="175" />
        <source>si l'agence n'en a pas</source>
        <translation>si l'agence n'en a pas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="181" />
        <source>Organisme</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186" />
        <source>Mentions légales (pied des courriers)</source>
        <translation>Mentions légales (pied des courriers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="188" />
        <source>Texte imposé</source>
        <translation>Texte imposé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="192" />
        <location filename="../../desktop/ui/settings_page.py" line="205" />
        <source>Imprimé</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="193" />
        <source>Données personnelles (RGPD, art. 13)</source>
        <translation>Données personnelles (RGPD, art. 13)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="195" />
        <source>Responsable du traitement</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="196" />
        <source>le nom de l'organisme si vide</source>
        <translation>le nom de l'organisme si vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="199" />
        <source>Contact du DPO</source>
        <translation>Contact du DPO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="200" />
        <source>ex. : dpo@bailleur.fr, adresse postale</source>
        <translation>ex. : dpo@bailleur.fr, adresse postale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="202" />
        <source>Finalités</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="203" />
        <source>Durée de conservation</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="220" />
        <source>Mentions et données personnelles</source>
        <translation>Mentions et données personnelles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="228" />
        <source>En-tête de l'agence</source>
        <translation>En-tête de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="234" />
        <source>Ville de « Fait à »</source>
        <translation>Ville de « Fait à »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="235" />
        <source>la ville de l'adresse si vide</source>
        <translation>la ville de l'adresse si vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="239" />
        <source>Horaires d'accueil</source>
        <translation>Horaires d'accueil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="246" />
        <source>Agences</source>
        <translation>Agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="254" />
        <source>Serveur d'envoi (SMTP) des convocations CALEOL</source>
        <translation>Serveur d'envoi (SMTP) des convocations CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="255" />
        <source>Serveur</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="256" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257" />
        <source>Sécurité</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="258" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="260" />
        <source>Variable du mot de passe</source>
        <translation>Variable du mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="264" />
        <source>Adresse d'expédition</source>
        <translation>Adresse d'expédition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="267" />
        <source>Nom de l'expéditeur</source>
        <translation>Nom de l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="270" />
        <source>Le mot de passe n'est jamais enregistré : indiquez le nom de la variable d'environnement qui le contient sur les postes qui envoient.</source>
        <translation>Le mot de passe n'est jamais enregistré : indiquez le nom de la variable d'environnement qui le contient sur les postes qui envoient.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="280" />
        <source>Messagerie</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="285" />
        <source>Signature électronique</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="287" />
        <source>fichier .p12 ou .pfx (facultatif)</source>
        <translation>fichier .p12 ou .pfx (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="289" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="296" />
        <location filename="../../desktop/ui/settings_page.py" line="470" />
        <source>Certificat de l'organisme</source>
        <translation>Certificat de l'organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="299" />
        <source>Proposé par défaut à la signature, sur tous les postes (un poste peut retenir son propre certificat). Le mot de passe est demandé à chaque session.</source>
        <translation>Proposé par défaut à la signature, sur tous les postes (un poste peut retenir son propre certificat). Le mot de passe est demandé à chaque session.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="306" />
        <source>Données et sauvegardes</source>
        <translation>Données et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="314" />
        <source>Base de données</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="315" />
        <source>Courriers archivés</source>
        <translation>Courriers archivés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="319" />
        <source> jours</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="322" />
        <source>Conservation des sauvegardes</source>
        <translation>Conservation des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="327" />
        <source>Fichiers et sauvegardes</source>
        <translation>Fichiers et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="362" />
        <source>Valeurs lues dans le fichier « {path} ». Enregistrez-les pour qu'elles soient partagées par tous les postes de cette base.</source>
        <translation>Valeurs lues dans le fichier « {path} ». Enregistrez-les pour qu'elles soient partagées par tous les postes de cette base.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="368" />
        <source>Enregistrés dans la base, modifiés le {at} par {user}.</source>
        <translation>Enregistrés dans la base, modifiés le {at} par {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="380" />
        <source>PostgreSQL (serveur)</source>
        <translation>PostgreSQL (serveur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="385" />
        <source>
Sauvegardes automatiques : {folder}</source>
        <translation>
Sauvegardes automatiques : {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="391" />
        <source>{folder}
(dossier de ce poste : voir Fichier &gt; Mes préférences)</source>
        <translation>{folder}
(dossier de ce poste : voir Fichier &gt; Mes préférences)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="414" />
        <source>Aucune agence : créez-en une (Fichier &gt; Nouvelle agence).</source>
        <translation>Aucune agence : créez-en une (Fichier &gt; Nouvelle agence).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="419" />
        <source>Ces coordonnées figurent sur les courriers des dossiers de l'agence {code} ; sa ville est celle de « Fait à » et de la ligne de date.</source>
        <translation>Ces coordonnées figurent sur les courriers des dossiers de l'agence {code} ; sa ville est celle de « Fait à » et de la ligne de date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="472" />
        <source>Certificats (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="506" />
        <source>Recharger les paramètres</source>
        <translation>Recharger les paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="513" />
        <source>Paramètres enregistrés.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="223" />
        <source>Nouveau mot de passe pour {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="229" />
        <source>Mot de passe provisoire : l'utilisateur devra le changer à sa prochaine connexion. Le compte est aussi déverrouillé.</source>
        <translation>Mot de passe provisoire : l'utilisateur devra le changer à sa prochaine connexion. Le compte est aussi déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="235" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="236" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="51" />
        <source>Importer des règlements</source>
        <translation>Importer des règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="55" />
        <source>Export comptable : CSV (« ; ») ou Excel (.xlsx)</source>
        <translation>Export comptable : CSV (« ; ») ou Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="57" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="58" />
        <source>Lire le fichier</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="71" />
        <source>Vérifier</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="72" />
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="73" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="80" />
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="80" />
        <source>Motif du rejet</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="85" />
        <source>Aucune ligne refusée : les lignes du fichier écartées s'afficheront ici.</source>
        <translation>Aucune ligne refusée : les lignes du fichier écartées s'afficheront ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="109" />
        <source>Export comptable des règlements</source>
        <translation>Export comptable des règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="111" />
        <source>Exports (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>Exports (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="127" />
        <source>(non importé)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="129" />
        <source>{rows} dans « {name} ».</source>
        <translation>{rows} dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="150" />
        <source>{accepted} pour {amount} ; {rejected}.</source>
        <translation>{accepted} pour {amount} ; {rejected}.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="199" />
        <source>Aperçu — {name}</source>
        <translation>Aperçu — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="203" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="94" />
        <source>Ouvrir</source>
        <extracomment>rendering scale of the preview (1 = 72 dpi) rendering scale when printing (≈ 200 dpi)</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="97" />
        <source>Ouvrir avec la visionneuse PDF du poste</source>
        <translation>Ouvrir avec la visionneuse PDF du poste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="99" />
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="100" />
        <source>Ouvrir le dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="125" />
        <source>Aperçu impossible de {path} : {error}</source>
        <translation>Aperçu impossible de {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="133" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — {pages} — {folder}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {pages} — {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="143" />
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="165" />
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="132" />
        <source>Conditions et parties</source>
        <translation>Conditions et parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="133" />
        <source>Échéancier</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="134" />
        <source>Règlements</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="135" />
        <source>Suivi</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="137" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="144" />
        <source>Motif (obligatoire pour annuler ou régulariser)</source>
        <translation>Motif (obligatoire pour annuler ou régulariser)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="146" />
        <source>Changer le statut</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="148" />
        <source>Passer à</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="149" />
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="155" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="156" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="197" />
        <source>Ex. : 1 234,56</source>
        <translation>Ex. : 1 234,56</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="198" />
        <location filename="../../desktop/ui/plans/dialog.py" line="201" />
        <location filename="../../desktop/ui/plans/dialog.py" line="240" />
        <location filename="../../desktop/ui/plans/dialog.py" line="262" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="199" />
        <source>Ex. : 412,50</source>
        <translation>Ex. : 412,50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="200" />
        <source>Ex. : 85,20</source>
        <translation>Ex. : 85,20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="202" />
        <source>Nombre d'échéances</source>
        <translation>Nombre d'échéances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="204" />
        <source>Mensualité (€)</source>
        <translation>Mensualité (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="210" />
        <source>Ex. : 100,00</source>
        <translation>Ex. : 100,00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="212" />
        <source>jour de la date de début</source>
        <translation>jour de la date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="213" />
        <source>Calculer l'échéancier</source>
        <translation>Calculer l'échéancier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="215" />
        <source>Type d'accord</source>
        <translation>Type d'accord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="216" />
        <source>Dette (€)</source>
        <translation>Dette (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="217" />
        <source>Dette arrêtée au</source>
        <translation>Dette arrêtée au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="218" />
        <location filename="../../desktop/ui/plans/dialog.py" line="307" />
        <source>Loyer courant (€)</source>
        <translation>Loyer courant (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="220" />
        <source>Charges (€)</source>
        <translation>Charges (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="221" />
        <source>Première échéance à partir du</source>
        <translation>Première échéance à partir du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="224" />
        <source>Jour d'échéance</source>
        <translation>Jour d'échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="227" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="230" />
        <source>Parties (outre le locataire et le bailleur)</source>
        <translation>Parties (outre le locataire et le bailleur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="233" />
        <source>Aucune aide au logement</source>
        <translation>Aucune aide au logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="234" />
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="235" />
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="237" />
        <location filename="../../desktop/ui/plans/dialog.py" line="249" />
        <source>N° d'allocataire</source>
        <translation>N° d'allocataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="238" />
        <source>Aide versée au bailleur (tiers payant)</source>
        <translation>Aide versée au bailleur (tiers payant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="241" />
        <source>FSL</source>
        <translation>FSL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="243" />
        <location filename="../../desktop/ui/plans/dialog.py" line="246" />
        <source>Contribution (€), facultatif</source>
        <translation>Contribution (€), facultatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="244" />
        <source>CCAS</source>
        <translation>CCAS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="247" />
        <source>Nom et fonction</source>
        <translation>Nom et fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="248" />
        <source>Organisme payeur</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="251" />
        <source>Plan approuvé par l'organisme le</source>
        <translation>Plan approuvé par l'organisme le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="254" />
        <source>Signataire pour le bailleur</source>
        <translation>Signataire pour le bailleur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="258" />
        <source>Protocole (après résiliation judiciaire du bail)</source>
        <translation>Protocole (après résiliation judiciaire du bail)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="263" />
        <source>2 ans au plus</source>
        <translation>2 ans au plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="265" />
        <source>Jugement de résiliation du</source>
        <translation>Jugement de résiliation du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="266" />
        <source>Fin du protocole</source>
        <translation>Fin du protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="267" />
        <source>Nouveau bail dans un délai de (mois)</source>
        <translation>Nouveau bail dans un délai de (mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="270" />
        <source>Règle de défaillance</source>
        <translation>Règle de défaillance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="273" />
        <source>non (règle désactivée)</source>
        <translation>non (règle désactivée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="275" />
        <source>Défaillant dès qu'un loyer courant est impayé</source>
        <translation>Défaillant dès qu'un loyer courant est impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="281" />
        <source>Les règlements comprennent le loyer courant (imputés d'abord au loyer du mois)</source>
        <translation>Les règlements comprennent le loyer courant (imputés d'abord au loyer du mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="288" />
        <source>Défaillant à partir de (échéances impayées)</source>
        <translation>Défaillant à partir de (échéances impayées)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="292" />
        <source>Délai de tolérance (jours)</source>
        <translation>Délai de tolérance (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="307" />
        <source>Indemnité d'occupation (€)</source>
        <translation>Indemnité d'occupation (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="322" />
        <source>Nouvel accord de paiement</source>
        <translation>Nouvel accord de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="323" />
        <source>&lt;h2&gt;Nouvel accord de paiement&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nouvel accord de paiement&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="364" />
        <source>{type} n° {id} — {name}</source>
        <translation>{type} n° {id} — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="369" />
        <source>proposé le</source>
        <translation>proposé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="370" />
        <source>signé le</source>
        <translation>signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="371" />
        <source>défaillant le</source>
        <translation>défaillant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="372" />
        <source>clos le</source>
        <translation>clos le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="378" />
        <source>Statut : &lt;b&gt;{status}&lt;/b&gt;{dates} · contrat {contract} · solde du compte {balance} · modifié par {user}</source>
        <translation>Statut : &lt;b&gt;{status}&lt;/b&gt;{dates} · contrat {contract} · solde du compte {balance} · modifié par {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="562" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="582" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="543" />
        <source>Recharger le plan</source>
        <translation>Recharger le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="86" />
        <source>Revenir au projet</source>
        <translation>Revenir au projet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="87" />
        <source>Proposé au locataire</source>
        <translation>Proposé au locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="88" />
        <source>Signé par les parties</source>
        <translation>Signé par les parties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="89" />
        <source>En cours (mise en œuvre ou régularisation)</source>
        <translation>En cours (mise en œuvre ou régularisation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="90" />
        <source>Respecté</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="91" />
        <source>Défaillant</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="92" />
        <source>Caduc</source>
        <translation>Caduc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="93" />
        <source>Soldé</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="94" />
        <source>Annulé</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="569" />
        <location filename="../../desktop/ui/plans/dialog.py" line="575" />
        <source>Accord enregistré.</source>
        <translation>Accord enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="602" />
        <source>Statut changé : {status}.</source>
        <translation>Statut changé : {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="622" />
        <source>Production du courrier en cours…</source>
        <translation>Production du courrier en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="638" />
        <source>Courrier {reference} enregistré : {path}</source>
        <translation>Courrier {reference} enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/dialog.py" line="668" />
        <source>Enregistrer les modifications de cet accord ?</source>
        <translation>Enregistrer les modifications de cet accord ?</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpsTab</name>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="50" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="51" />
        <source>À faire le</source>
        <translation>À faire le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="52" />
        <source>Faite le</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="53" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="54" />
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="58" />
        <source>Action sélectionnée : faite</source>
        <translation>Action sélectionnée : faite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="67" />
        <source>Résultat, ex. : dossier déposé</source>
        <translation>Résultat, ex. : dossier déposé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="69" />
        <source>Marquer comme faite</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="76" />
        <source>Assignation</source>
        <translation>Assignation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="77" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="79" />
        <source>Enregistrer la date envisagée</source>
        <translation>Enregistrer la date envisagée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="85" />
        <source>Assignation envisagée le (au moins 2 mois après la saisine de la CCAPEX)</source>
        <translation>Assignation envisagée le (au moins 2 mois après la saisine de la CCAPEX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="92" />
        <source>Avenant au protocole (prolongation de 3 ans au plus)</source>
        <translation>Avenant au protocole (prolongation de 3 ans au plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="96" />
        <source>Nouvelle fin</source>
        <translation>Nouvelle fin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="102" />
        <source>Signer l'avenant</source>
        <translation>Signer l'avenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="107" />
        <source>Signé le</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="108" />
        <source>fin le</source>
        <translation>fin le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="109" />
        <source>reste dû en (échéances)</source>
        <translation>reste dû en (échéances)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="113" />
        <source>Courriers (modèles modifiables, enregistrés au registre)</source>
        <translation>Courriers (modèles modifiables, enregistrés au registre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="119" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="121" />
        <source>Convertir aussi en PDF (LibreOffice ou Word requis)</source>
        <translation>Convertir aussi en PDF (LibreOffice ou Word requis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="123" />
        <source>Produire le courrier</source>
        <translation>Produire le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="147" />
        <source>Plan défaillant depuis le {date}.</source>
        <translation>Plan défaillant depuis le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="178" />
        <source>Sélectionnez l'action faite dans la liste.</source>
        <translation>Sélectionnez l'action faite dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="194" />
        <source>Action enregistrée.</source>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="208" />
        <source>Date d'assignation enregistrée.</source>
        <translation>Date d'assignation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/follow_ups_tab.py" line="226" />
        <source>Avenant signé.</source>
        <translation>Avenant signé.</translation>
    </message>
</context>
<context>
    <name>PlanPaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="44" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="45" />
        <source>Montant (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="46" />
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="47" />
        <source>Origine</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="48" />
        <source>Saisi par</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="52" />
        <source>Saisir un règlement</source>
        <translation>Saisir un règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="55" />
        <source>Montant, ex. 697,70</source>
        <translation>Montant, ex. 697,70</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="57" />
        <source>Référence (facultatif)</source>
        <translation>Référence (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="60" />
        <source>Enregistrer le règlement</source>
        <translation>Enregistrer le règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="63" />
        <source>Supprimer le règlement sélectionné</source>
        <translation>Supprimer le règlement sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="76" />
        <source>Imputation : chaque règlement couvre d'abord le loyer courant du mois (si le plan le prévoit), puis les échéances du plan, la plus ancienne d'abord. Les règlements de l'export comptable s'importent depuis la page « Plans d'apurement ».</source>
        <translation>Imputation : chaque règlement couvre d'abord le loyer courant du mois (si le plan le prévoit), puis les échéances du plan, la plus ancienne d'abord. Les règlements de l'export comptable s'importent depuis la page « Plans d'apurement ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="95" />
        <source>Versé : {paid} · imputé au plan : {plan} · reste dû : {remaining} · en retard : {overdue} ({count})</source>
        <translation>Versé : {paid} · imputé au plan : {plan} · reste dû : {remaining} · en retard : {overdue} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="105" />
        <source> · prochaine échéance : {date} ({amount})</source>
        <translation> · prochaine échéance : {date} ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="110" />
        <source> · excédent : {amount}</source>
        <translation> · excédent : {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="112" />
        <source>saisie</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="112" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="144" />
        <source>Montant invalide : attendu un nombre (ex. 1 234,56).</source>
        <translation>Montant invalide : attendu un nombre (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="156" />
        <source>Règlement de {amount} enregistré.</source>
        <translation>Règlement de {amount} enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="171" />
        <source>Sélectionnez le règlement à supprimer.</source>
        <translation>Sélectionnez le règlement à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="175" />
        <source>Supprimer le règlement</source>
        <translation>Supprimer le règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="176" />
        <source>Supprimer ce règlement ? La suppression est enregistrée dans la chronologie.</source>
        <translation>Supprimer ce règlement ? La suppression est enregistrée dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/payments_tab.py" line="184" />
        <source>Règlement supprimé.</source>
        <translation>Règlement supprimé.</translation>
    </message>
</context>
<context>
    <name>PlanScheduleTab</name>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="64" />
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="65" />
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="66" />
        <source>Montant (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="67" />
        <source>Payé (€)</source>
        <translation>Payé (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="68" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="76" />
        <source>Pas encore d'échéancier : saisissez les conditions, puis « Calculer l'échéancier » dans l'onglet « Conditions et parties ».</source>
        <translation>Pas encore d'échéancier : saisissez les conditions, puis « Calculer l'échéancier » dans l'onglet « Conditions et parties ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="81" />
        <source>Reporter l'écart sur la dernière échéance pour garder le total juste</source>
        <translation>Reporter l'écart sur la dernière échéance pour garder le total juste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="85" />
        <source>Ajouter une échéance</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="86" />
        <source>Retirer la dernière échéance</source>
        <translation>Retirer la dernière échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="122" />
        <source>payée en retard, le {date}</source>
        <translation>payée en retard, le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="126" />
        <source>impayée</source>
        <translation>impayée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="150" />
        <source>Échéance n° {n} : date invalide (jj/mm/aaaa).</source>
        <translation>Échéance n° {n} : date invalide (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="157" />
        <source>Échéance n° {n} : {reason}</source>
        <translation>Échéance n° {n} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="163" />
        <source>Échéance n° {n} : montant invalide.</source>
        <translation>Échéance n° {n} : montant invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="197" />
        <source>Total des échéances : {total} · dette : {debt} · {count}</source>
        <translation>Total des échéances : {total} · dette : {debt} · {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="211" />
        <source>L'échéancier est juste : son total est la dette.</source>
        <translation>L'échéancier est juste : son total est la dette.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/schedule_tab.py" line="218" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="43" />
        <source>Mes préférences</source>
        <translation>Mes préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="49" />
        <source>recherche automatique</source>
        <translation>recherche automatique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="155" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="55" />
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="58" />
        <source>Cherche LibreOffice et convertit un document d'essai en PDF.</source>
        <translation>Cherche LibreOffice et convertit un document d'essai en PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="83" />
        <source>celui de l'organisme (Administration)</source>
        <translation>celui de l'organisme (Administration)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="93" />
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="111" />
        <source>LibreOffice (soffice)</source>
        <translation>LibreOffice (soffice)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="68" />
        <location filename="../../desktop/ui/preferences_dialog.py" line="116" />
        <source>Dossier des lots et exports</source>
        <translation>Dossier des lots et exports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="76" />
        <location filename="../../desktop/ui/preferences_dialog.py" line="120" />
        <source>Courriers archivés sur ce poste</source>
        <translation>Courriers archivés sur ce poste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="87" />
        <location filename="../../desktop/ui/preferences_dialog.py" line="124" />
        <source>Mon certificat de signature</source>
        <translation>Mon certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="127" />
        <source>Journal des erreurs</source>
        <translation>Journal des erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="52" />
        <source>Emplacement de LibreOffice</source>
        <translation>Emplacement de LibreOffice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="52" />
        <source>Programme (soffice*)</source>
        <translation>Programme (soffice*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="88" />
        <source>Certificats (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="169" />
        <source>Test en cours : recherche de LibreOffice et conversion d'un document d'essai…</source>
        <translation>Test en cours : recherche de LibreOffice et conversion d'un document d'essai…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="184" />
        <source>Le test n'a pas pu aller au bout : {error}</source>
        <translation>Le test n'a pas pu aller au bout : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="221" />
        <source>Aucun programme à cet emplacement : {path}</source>
        <translation>Aucun programme à cet emplacement : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="232" />
        <source>Indiquez un dossier complet, par exemple {example}.</source>
        <translation>Indiquez un dossier complet, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="236" />
        <source>« {path} » est un fichier, pas un dossier.</source>
        <translation>« {path} » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="243" />
        <source>Le certificat est un fichier .p12 ou .pfx.</source>
        <translation>Le certificat est un fichier .p12 ou .pfx.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="246" />
        <source>Fichier introuvable : {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="253" />
        <source>Préférences non enregistrées : corrigez le champ signalé.</source>
        <translation>Préférences non enregistrées : corrigez le champ signalé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="256" />
        <source>Préférences non enregistrées : corrigez les {n} champs signalés.</source>
        <translation>Préférences non enregistrées : corrigez les {n} champs signalés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="269" />
        <source>Impossible d'enregistrer les préférences : {error}</source>
        <translation>Impossible d'enregistrer les préférences : {error}</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="142" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="139" />
        <source>Réception du courrier — {name}</source>
        <extracomment>days left from which an offer is shown as close to its deadline</extracomment>
        <translation>Réception du courrier — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="147" />
        <source>Le délai de {days} jours court du lendemain de la réception, c'est-à-dire de la première présentation du pli recommandé, qu'il ait été retiré ou non (CE, 30 novembre 2021, n° 436148), et se termine le jour ouvrable suivant s'il expire un samedi, un dimanche ou un jour férié.</source>
        <translation>Le délai de {days} jours court du lendemain de la réception, c'est-à-dire de la première présentation du pli recommandé, qu'il ait été retiré ou non (CE, 30 novembre 2021, n° 436148), et se termine le jour ouvrable suivant s'il expire un samedi, un dimanche ou un jour férié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="154" />
        <source>Courrier recommandé envoyé le {sent} : la date limite de réponse n'est pas connue tant que sa réception n'est pas enregistrée.</source>
        <translation>Courrier recommandé envoyé le {sent} : la date limite de réponse n'est pas connue tant que sa réception n'est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="159" />
        <source>Courrier envoyé le {sent} ; réponse attendue jusqu'au {deadline}.</source>
        <translation>Courrier envoyé le {sent} ; réponse attendue jusqu'au {deadline}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="163" />
        <source>Reçu (présenté) le</source>
        <translation>Reçu (présenté) le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="165" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="182" />
        <source>Date limite de réponse : {date}.</source>
        <translation>Date limite de réponse : {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="184" />
        <source>Nouvelle date limite de réponse : {date}.</source>
        <translation>Nouvelle date limite de réponse : {date}.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="791" />
        <source>Purge des notes de la campagne</source>
        <translation>Purge des notes de la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="799" />
        <source>l'échéance de conservation est atteinte : la purge est due.</source>
        <translation>l'échéance de conservation est atteinte : la purge est due.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="801" />
        <source>la purge peut être faite dès maintenant, la crise étant terminée.</source>
        <translation>la purge peut être faite dès maintenant, la crise étant terminée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="804" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — {status}&lt;br&gt;{reason}&lt;br&gt;En l'état, {due}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {status}&lt;br&gt;{reason}&lt;br&gt;En l'état, {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="816" />
        <source>&lt;ul&gt;&lt;li&gt;{targets}, dont {contacts} avec nom, téléphone ou lien vers le dossier locataire&lt;/li&gt;&lt;li&gt;{calls} : {notes}, {answers}&lt;/li&gt;&lt;li&gt;{referrals}, dont {texts} avec un motif ou une suite rédigés&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;{targets}, dont {contacts} avec nom, téléphone ou lien vers le dossier locataire&lt;/li&gt;&lt;li&gt;{calls} : {notes}, {answers}&lt;/li&gt;&lt;li&gt;{referrals}, dont {texts} avec un motif ou une suite rédigés&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="844" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="856" />
        <source>Les chiffres de la campagne (appelés, joints, sécurisés, orientations, par appelant et par agence) sont figés avant la purge et restent consultables.</source>
        <translation>Les chiffres de la campagne (appelés, joints, sécurisés, orientations, par appelant et par agence) sont figés avant la purge et restent consultables.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="863" />
        <source>Purger…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="865" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="872" />
        <source>&lt;b&gt;Seront effacés :&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seront effacés :&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="890" />
        <source>Purger les notes</source>
        <translation>Purger les notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="892" />
        <source>Purger les données personnelles de la campagne « {name} » ({mode}) ? {notes}, {calls} et {referrals} sont concernés. Cette opération est définitive.</source>
        <translation>Purger les données personnelles de la campagne « {name} » ({mode}) ? {notes}, {calls} et {referrals} sont concernés. Cette opération est définitive.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="901" />
        <source>Purger définitivement</source>
        <translation>Purger définitivement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="902" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="184" />
        <source>Question du script d'appel</source>
        <translation>Question du script d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="191" />
        <source>Ex. : Avez-vous de quoi vous rafraîchir ?</source>
        <translation>Ex. : Avez-vous de quoi vous rafraîchir ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="200" />
        <source>Une réponse par ligne (2 au moins)</source>
        <translation>Une réponse par ligne (2 au moins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="203" />
        <source>Réponse attendue quand le locataire est joint</source>
        <translation>Réponse attendue quand le locataire est joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="207" />
        <source>La première réponse signifie « aucun » et exclut les autres</source>
        <translation>La première réponse signifie « aucun » et exclut les autres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="221" />
        <source>Pas de question médicale : le script recueille le ressenti et les besoins, jamais de diagnostic ni de traitement.</source>
        <translation>Pas de question médicale : le script recueille le ressenti et les besoins, jamais de diagnostic ni de traitement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="227" />
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="231" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="233" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="234" />
        <source>Réponses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="235" />
        <source>Réponses proposées</source>
        <translation>Réponses proposées</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="163" />
        <source>Orientation vers un partenaire</source>
        <translation>Orientation vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="169" />
        <source>Ex. : CCAS de Bordeaux</source>
        <translation>Ex. : CCAS de Bordeaux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="173" />
        <source>Ce dont la personne a besoin (portage de repas, visite, écoute…), sans détail médical.</source>
        <translation>Ce dont la personne a besoin (portage de repas, visite, écoute…), sans détail médical.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="179" />
        <source>La personne accepte que ses coordonnées et sa demande soient transmises à ce partenaire</source>
        <translation>La personne accepte que ses coordonnées et sa demande soient transmises à ce partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="185" />
        <source>Transmise aujourd'hui</source>
        <translation>Transmise aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="188" />
        <source>Enregistrer l'orientation</source>
        <translation>Enregistrer l'orientation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="190" />
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="191" />
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="192" />
        <source>Nom du partenaire</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="193" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="204" />
        <source>Urgence vitale : l'accord n'est pas requis.</source>
        <translation>Urgence vitale : l'accord n'est pas requis.</translation>
    </message>
</context>
<context>
    <name>ReferralFollowUpDialog</name>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="233" />
        <source>Suivi de l'orientation</source>
        <translation>Suivi de l'orientation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="240" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="244" />
        <source>Suite donnée par le partenaire</source>
        <translation>Suite donnée par le partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="248" />
        <source>L'aide est en place (la situation devient sécurisée si quelqu'un a été joint)</source>
        <translation>L'aide est en place (la situation devient sécurisée si quelqu'un a été joint)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="254" />
        <source>Enregistrer le suivi</source>
        <translation>Enregistrer le suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="261" />
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="263" />
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="264" />
        <source>Statut actuel</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="265" />
        <source>Passer à</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="266" />
        <source>Le</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="267" />
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="343" />
        <source>En cours seulement</source>
        <translation>En cours seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="347" />
        <source>Tous les partenaires</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="353" />
        <source>Suivi de l'orientation…</source>
        <translation>Suivi de l'orientation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="397" />
        <source>Suivi de l'orientation enregistré.</source>
        <translation>Suivi de l'orientation enregistré.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="195" />
        <source>Refus d'un logement adapté</source>
        <translation>Refus d'un logement adapté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="200" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — n° unique {numero}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — n° unique {numero}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="206" />
        <source>Refus enregistrés :</source>
        <translation>Refus enregistrés :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="210" />
        <source>Retirer le refus choisi…</source>
        <translation>Retirer le refus choisi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="218" />
        <source>Refus de l'offre faite à ce candidat</source>
        <translation>Refus de l'offre faite à ce candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="224" />
        <source>Le logement proposé à ce candidat n'a pas été refusé.</source>
        <translation>Le logement proposé à ce candidat n'a pas été refusé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="233" />
        <source>Logement proposé (bailleur, adresse, type)</source>
        <translation>Logement proposé (bailleur, adresse, type)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="236" />
        <source>Le logement proposé était adapté aux besoins et capacités du ménage</source>
        <translation>Le logement proposé était adapté aux besoins et capacités du ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="240" />
        <source>Le refus repose sur un motif légitime</source>
        <translation>Le refus repose sur un motif légitime</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="245" />
        <source>Pourquoi le refus est, ou n'est pas, légitime</source>
        <translation>Pourquoi le refus est, ou n'est pas, légitime</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="247" />
        <source>Date du refus</source>
        <translation>Date du refus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="248" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="251" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="255" />
        <source>Enregistrer le refus</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="257" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="279" />
        <source>compte dans la cotation</source>
        <translation>compte dans la cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="279" />
        <source>ne compte pas</source>
        <translation>ne compte pas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="280" />
        <source>adapté</source>
        <translation>adapté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="280" />
        <source>non adapté</source>
        <translation>non adapté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="282" />
        <source>motif légitime</source>
        <translation>motif légitime</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="282" />
        <source>sans motif légitime</source>
        <translation>sans motif légitime</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="316" />
        <source>Refus enregistré : {effect}.</source>
        <translation>Refus enregistré : {effect}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="317" />
        <source>il compte dans la cotation</source>
        <translation>il compte dans la cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="319" />
        <source>il ne compte pas dans la cotation</source>
        <translation>il ne compte pas dans la cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="331" />
        <source>Retirer le refus</source>
        <translation>Retirer le refus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="331" />
        <source>Pourquoi ce refus est-il retiré ?</source>
        <translation>Pourquoi ce refus est-il retiré ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="345" />
        <source>Refus retiré.</source>
        <translation>Refus retiré.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="573" />
        <source>Durées de conservation (mois)</source>
        <translation>Durées de conservation (mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="578" />
        <source> (pas de purge automatique)</source>
        <translation> (pas de purge automatique)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="580" />
        <source>À compter de : {trigger}. {basis}</source>
        <translation>À compter de : {trigger}. {basis}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="585" />
        <source>Sécurité et sauvegardes</source>
        <translation>Sécurité et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="594" />
        <source>Enregistrer les réglages</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="595" />
        <source>Aperçu de la purge</source>
        <translation>Aperçu de la purge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="597" />
        <source>Purger maintenant…</source>
        <translation>Purger maintenant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="605" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="606" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="607" />
        <source>Règle</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="608" />
        <source>Clos le</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="609" />
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="610" />
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="617" />
        <source>« Aperçu de la purge » liste ici les dossiers arrivés au terme de leur durée de conservation.</source>
        <translation>« Aperçu de la purge » liste ici les dossiers arrivés au terme de leur durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="627" />
        <source>&lt;h2&gt;Conservation des données (RGPD)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conservation des données (RGPD)&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="653" />
        <source>Réglages enregistrés.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="673" />
        <source>anonymisation, {n} fichier de courrier supprimé</source>
        <translation>anonymisation, {n} fichier de courrier supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="675" />
        <source>anonymisation, {n} fichiers de courrier supprimés</source>
        <translation>anonymisation, {n} fichiers de courrier supprimés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="714" />
        <source>Anonymiser définitivement le dossier listé ? Cette opération est irréversible et sera enregistrée dans le journal d'audit.</source>
        <translation>Anonymiser définitivement le dossier listé ? Cette opération est irréversible et sera enregistrée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="719" />
        <source>Anonymiser définitivement les {n} dossiers listés ? Cette opération est irréversible et sera enregistrée dans le journal d'audit.</source>
        <translation>Anonymiser définitivement les {n} dossiers listés ? Cette opération est irréversible et sera enregistrée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="678" />
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="686" />
        <location filename="../../desktop/ui/admin_pages.py" line="688" />
        <source>Aucune donnée à purger aujourd'hui.</source>
        <translation>Aucune donnée à purger aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="711" />
        <source>Purge des données</source>
        <translation>Purge des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="723" />
        <source>Anonymiser</source>
        <translation>Anonymiser</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="191" />
        <source>Réponse sur la version {number} du procès-verbal</source>
        <translation>Réponse sur la version {number} du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="212" />
        <source> — a répondu : {verdict}</source>
        <translation> — a répondu : {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="216" />
        <source> — voix consultative</source>
        <translation> — voix consultative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="218" />
        <source> — n'a pas participé</source>
        <translation> — n'a pas participé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="225" />
        <source>Approuve le procès-verbal</source>
        <translation>Approuve le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="227" />
        <source>Demande une modification</source>
        <translation>Demande une modification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="235" />
        <source>Modification demandée, remarque</source>
        <translation>Modification demandée, remarque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="238" />
        <source>Enregistrer la réponse</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="245" />
        <source>Réponse reçue du membre (courriel, courrier) : elle est enregistrée à votre nom.</source>
        <translation>Réponse reçue du membre (courriel, courrier) : elle est enregistrée à votre nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="251" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="254" />
        <source>Commentaire</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="304" />
        <source>Ajouter…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="305" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="306" />
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="307" />
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="308" />
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="310" />
        <source>Script standard</source>
        <translation>Script standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="313" />
        <source>Rétablit les cinq questions standard.</source>
        <translation>Rétablit les cinq questions standard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="347" />
        <source>{n}. {question} ({kind}, {count} choix)</source>
        <translation>{n}. {question} ({kind}, {count} choix)</translation>
    </message>
</context>
<context>
    <name>SendingResultDialog</name>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="149" />
        <source>Résultat de l'envoi</source>
        <translation>Résultat de l'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="157" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="157" />
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="157" />
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="157" />
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="176" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="126" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="90" />
        <source>ex. 2026-04</source>
        <translation>ex. 2026-04</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="91" />
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="92" />
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="93" />
        <source>HH:MM (à la clôture par défaut)</source>
        <translation>HH:MM (à la clôture par défaut)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="95" />
        <source>Vide : la personne qui produit le procès-verbal</source>
        <translation>Vide : la personne qui produit le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="103" />
        <source>Membre désigné qui préside la séance en l'absence du président : c'est lui qui signe le procès-verbal</source>
        <translation>Membre désigné qui préside la séance en l'absence du président : c'est lui qui signe le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="113" />
        <source>Salle du conseil, siège de l'organisme</source>
        <translation>Salle du conseil, siège de l'organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="116" />
        <source>Outil, identification des participants, confidentialité des échanges</source>
        <translation>Outil, identification des participants, confidentialité des échanges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="119" />
        <location filename="../../desktop/ui/caleol/session.py" line="120" />
        <source>JJ/MM/AAAA HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="126" />
        <source>Numéro de séance</source>
        <translation>Numéro de séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="127" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="128" />
        <source>Heure de début</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="129" />
        <source>Heure de fin</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="130" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="131" />
        <location filename="../../desktop/ui/caleol/session.py" line="195" />
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="133" />
        <source>Moyens techniques</source>
        <translation>Moyens techniques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="135" />
        <source>Ouverture du vote</source>
        <translation>Ouverture du vote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="137" />
        <source>Clôture du vote</source>
        <translation>Clôture du vote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="139" />
        <source>Secrétaire de séance</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="140" />
        <source>Président de séance</source>
        <translation>Président de séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="141" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="169" />
        <source>Le président de la commission ({name})</source>
        <translation>Le président de la commission ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="171" />
        <source>Le président de la commission</source>
        <translation>Le président de la commission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="177" />
        <source>{name}, suppléant du président</source>
        <translation>{name}, suppléant du président</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="195" />
        <source>Lieu (facultatif)</source>
        <translation>Lieu (facultatif)</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="266" />
        <source>Enregistrer la séance</source>
        <translation>Enregistrer la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="269" />
        <source>Déroulement</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="272" />
        <source>Ouvrir la séance</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="276" />
        <source>Ouvre les débats : votes et décisions deviennent possibles si le quorum est atteint.</source>
        <translation>Ouvre les débats : votes et décisions deviennent possibles si le quorum est atteint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="280" />
        <source>Clore la séance</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="282" />
        <source>Rouvrir la séance</source>
        <translation>Rouvrir la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="285" />
        <source>Revenir en préparation</source>
        <translation>Revenir en préparation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="304" />
        <source>Demande de séance physique</source>
        <translation>Demande de séance physique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="311" />
        <source>Motif, moyen par lequel la demande a été reçue</source>
        <translation>Motif, moyen par lequel la demande a été reçue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="314" />
        <source>Enregistrer la demande</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="319" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="320" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="323" />
        <source>Synthèse</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="346" />
        <source> (procès-verbal en cours)</source>
        <translation> (procès-verbal en cours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="347" />
        <source>État : &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>État : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="351" />
        <source>Préparez la liste des présences et l'ordre du jour, puis ouvrez la séance pour voter.</source>
        <translation>Préparez la liste des présences et l'ordre du jour, puis ouvrez la séance pour voter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="356" />
        <source>Votes et décisions sont possibles si le quorum est atteint.</source>
        <translation>Votes et décisions sont possibles si le quorum est atteint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="360" />
        <source>La séance est close : le procès-verbal peut être produit et signé. Rouvrez-la pour corriger un vote ou une décision.</source>
        <translation>La séance est close : le procès-verbal peut être produit et signé. Rouvrez-la pour corriger un vote ou une décision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="371" />
        <source>Demandée par {name} le {date}.</source>
        <translation>Demandée par {name} le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="378" />
        <source>Aucune demande. Tout membre peut exiger la tenue d'une séance physique : enregistrez ici sa demande.</source>
        <translation>Aucune demande. Tout membre peut exiger la tenue d'une séance physique : enregistrez ici sa demande.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="382" />
        <source>Sans objet : la séance se tient en présentiel.</source>
        <translation>Sans objet : la séance se tient en présentiel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="391" />
        <source>Membres présents : {present} · à distance : {remote} · représentés : {represented} · absents : {absent}.</source>
        <translation>Membres présents : {present} · à distance : {remote} · représentés : {represented} · absents : {absent}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="402" />
        <source>Ordre du jour : {dwellings}, {candidates}, {reviews}.</source>
        <translation>Ordre du jour : {dwellings}, {candidates}, {reviews}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="399" />
        <source>Quorum : &lt;b&gt;{state}&lt;/b&gt;.</source>
        <translation>Quorum : &lt;b&gt;{state}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="400" />
        <source>atteint</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="400" />
        <source>non atteint</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="419" />
        <source>Décisions : {decided} sur {total}.</source>
        <translation>Décisions : {decided} sur {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="422" />
        <source>Dernière modification : {date} par {user}.</source>
        <translation>Dernière modification : {date} par {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="452" />
        <source>Séance enregistrée.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="463" />
        <source>Séance ouverte.</source>
        <translation>Séance ouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="464" />
        <source>Séance close.</source>
        <translation>Séance close.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="465" />
        <source>Séance revenue en préparation.</source>
        <translation>Séance revenue en préparation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="471" />
        <source>Séance close à {time}.</source>
        <translation>Séance close à {time}.</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="798" />
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="799" />
        <source>Présences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="800" />
        <source>Ordre du jour</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="801" />
        <source>Votes et décisions</source>
        <translation>Votes et décisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="802" />
        <source>Procès-verbal</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="804" />
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="806" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="835" />
        <source>Séance CALEOL n° {number} du {date}</source>
        <translation>Séance CALEOL n° {number} du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="840" />
        <source>&lt;h2&gt;Séance n° {number} du {date}&lt;/h2&gt;{commission} — {mode}</source>
        <translation>&lt;h2&gt;Séance n° {number} du {date}&lt;/h2&gt;{commission} — {mode}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="847" />
        <source>État : &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>État : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="850" />
        <source>Verrouillée — procès-verbal signé le {date}</source>
        <translation>Verrouillée — procès-verbal signé le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="856" />
        <source>Le procès-verbal signé verrouille la séance : plus aucune modification n'est possible.</source>
        <translation>Le procès-verbal signé verrouille la séance : plus aucune modification n'est possible.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="59" />
        <source>Séance :</source>
        <extracomment>where the SMTP settings come from (the organisation profile)</extracomment>
        <translation>Séance :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="61" />
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="67" />
        <source>Calculer les cotations</source>
        <translation>Calculer les cotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="69" />
        <source>Importer un export du registre (SNE)…</source>
        <translation>Importer un export du registre (SNE)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="71" />
        <source>Convoquer les membres</source>
        <translation>Convoquer les membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="73" />
        <source>Prévenir : PV à relire</source>
        <translation>Prévenir : PV à relire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="76" />
        <source>Déclarer les attributions au registre…</source>
        <translation>Déclarer les attributions au registre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="79" />
        <source>Fiche de cotation du demandeur</source>
        <translation>Fiche de cotation du demandeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="82" />
        <source>Refus d'un logement adapté…</source>
        <translation>Refus d'un logement adapté…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="86" />
        <source>Qualifier le refus d'un logement proposé au demandeur : adapté ou non, motif légitime ou non (la grille du PPGD dit ce que le refus retire).</source>
        <translation>Qualifier le refus d'un logement proposé au demandeur : adapté ou non, motif légitime ou non (la grille du PPGD dit ce que le refus retire).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="103" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="104" />
        <source>N° unique</source>
        <translation>N° unique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="105" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="106" />
        <source>Cotation</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="107" />
        <source>Grille</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="108" />
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="109" />
        <source>Alerte</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="118" />
        <source>Choisissez un candidat : le détail de sa cotation s'affiche ici.</source>
        <translation>Choisissez un candidat : le détail de sa cotation s'affiche ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="123" />
        <source>Effet des propositions sur les objectifs d'attribution :</source>
        <translation>Effet des propositions sur les objectifs d'attribution :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="230" />
        <source>Choisissez d'abord un candidat dans le tableau.</source>
        <translation>Choisissez d'abord un candidat dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="269" />
        <source>{count} candidat coté.</source>
        <translation>{count} candidat coté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="271" />
        <source>{count} candidats cotés.</source>
        <translation>{count} candidats cotés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="448" />
        <source>{sent}, {hand} à remettre, {failed}.</source>
        <translation>{sent}, {hand} à remettre, {failed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="463" />
        <source>{sent} que le procès-verbal attend sa relecture, {failed}.</source>
        <translation>{sent} que le procès-verbal attend sa relecture, {failed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="479" />
        <source>Envoi annulé : {count} courriel non envoyé.</source>
        <translation>Envoi annulé : {count} courriel non envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="481" />
        <source>Envoi annulé : {count} courriels non envoyés.</source>
        <translation>Envoi annulé : {count} courriels non envoyés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="511" />
        <source>{count} : {path}</source>
        <translation>{count} : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="283" />
        <source>Export du registre national</source>
        <translation>Export du registre national</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="285" />
        <source>Fichiers CSV ou Excel (*.csv *.txt *.xlsx)</source>
        <translation>Fichiers CSV ou Excel (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="296" />
        <source>Import du registre terminé.</source>
        <translation>Import du registre terminé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="317" />
        <location filename="../../desktop/ui/cotation/sessions.py" line="342" />
        <source>Convocations</source>
        <translation>Convocations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="320" />
        <source>Produire et enregistrer les convocations sans les envoyer ?</source>
        <translation>Produire et enregistrer les convocations sans les envoyer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="366" />
        <source>Procès-verbal à relire</source>
        <translation>Procès-verbal à relire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="372" />
        <source>Préparation…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="372" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="390" />
        <source>Envoi en cours…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="403" />
        <source>Annulation demandée : le courriel en cours se termine, les autres ne partent pas.</source>
        <translation>Annulation demandée : le courriel en cours se termine, les autres ne partent pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="430" />
        <source>Erreur inattendue pendant l'envoi : {error}</source>
        <translation>Erreur inattendue pendant l'envoi : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="433" />
        <source>Envoi des courriels</source>
        <translation>Envoi des courriels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="503" />
        <source>Attributions à déclarer au registre</source>
        <translation>Attributions à déclarer au registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="505" />
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="100" />
        <source>Certificat de signature</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="107" />
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="112" />
        <source>Retenir l'emplacement du certificat sur ce poste (jamais le mot de passe)</source>
        <translation>Retenir l'emplacement du certificat sur ce poste (jamais le mot de passe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="126" />
        <source>Le mot de passe n'est pas enregistré : il vous sera redemandé au prochain démarrage.</source>
        <translation>Le mot de passe n'est pas enregistré : il vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="132" />
        <source>Fichier PKCS#12 (.p12, .pfx)</source>
        <translation>Fichier PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="133" />
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="141" />
        <source>Certificat</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_dialog.py" line="141" />
        <source>Certificats (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SneImportDialog</name>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="51" />
        <source>Import d'un export du registre national (SNE)</source>
        <translation>Import d'un export du registre national (SNE)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="60" />
        <source>Fichier : {name} — {count} ligne</source>
        <translation>Fichier : {name} — {count} ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="62" />
        <source>Fichier : {name} — {count} lignes</source>
        <translation>Fichier : {name} — {count} lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="67" />
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="67" />
        <source>Colonne</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="76" />
        <source>— non associé —</source>
        <translation>— non associé —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="87" />
        <source>Vérifier (rien n'est enregistré)</source>
        <translation>Vérifier (rien n'est enregistré)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="89" />
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="90" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="115" />
        <source>Ligne {line} : {reasons}</source>
        <translation>Ligne {line} : {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/dialogs.py" line="122" />
        <source>Corrigez le fichier ou la correspondance : l'import se fait en entier ou pas du tout.</source>
        <translation>Corrigez le fichier ou la correspondance : l'import se fait en entier ou pas du tout.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="28" />
        <source>Préparation de la base de démonstration…</source>
        <translation>Préparation de la base de démonstration…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="30" />
        <location filename="../../desktop/ui/app.py" line="139" />
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="66" />
        <location filename="../../desktop/ui/app.py" line="77" />
        <location filename="../../desktop/ui/app.py" line="98" />
        <source>Base de données endommagée</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="67" />
        <source>La base « {path} » est endommagée ({error}) et aucune sauvegarde intacte n'a été trouvée dans le dossier « sauvegardes » à côté d'elle. Adressez-vous à l'administrateur.</source>
        <translation>La base « {path} » est endommagée ({error}) et aucune sauvegarde intacte n'a été trouvée dans le dossier « sauvegardes » à côté d'elle. Adressez-vous à l'administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="78" />
        <source>La base « {path} » est endommagée :
{error}

Parcours peut la mettre de côté (sans la modifier) et reprendre la dernière sauvegarde intacte, du {when}. Les modifications faites depuis cette sauvegarde seront perdues.</source>
        <translation>La base « {path} » est endommagée :
{error}

Parcours peut la mettre de côté (sans la modifier) et reprendre la dernière sauvegarde intacte, du {when}. Les modifications faites depuis cette sauvegarde seront perdues.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="87" />
        <source>Restaurer la sauvegarde</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="89" />
        <location filename="../../desktop/ui/app.py" line="188" />
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="104" />
        <source>Sauvegarde restaurée</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="105" />
        <source>La sauvegarde du {when} a remplacé la base.
La base endommagée est conservée dans « {aside} ».

{lost}</source>
        <translation>La sauvegarde du {when} a remplacé la base.
La base endommagée est conservée dans « {aside} ».

{lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="136" />
        <source>Mise à jour de la base de données…</source>
        <translation>Mise à jour de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="174" />
        <source>Bienvenue dans Parcours</source>
        <translation>Bienvenue dans Parcours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="175" />
        <source>Aucune base de données n'est configurée sur ce poste.

Vous pouvez découvrir Parcours sur une base de démonstration ({n} ménages fictifs), ou créer la base de l'agence sur ce poste.</source>
        <translation>Aucune base de données n'est configurée sur ce poste.

Vous pouvez découvrir Parcours sur une base de démonstration ({n} ménages fictifs), ou créer la base de l'agence sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="183" />
        <source>Ouvrir la démonstration</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="186" />
        <source>Créer une base vide</source>
        <translation>Créer une base vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="215" />
        <location filename="../../desktop/ui/app.py" line="223" />
        <source>Sauvegarde automatique</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="216" />
        <location filename="../../desktop/ui/app.py" line="224" />
        <source>La sauvegarde automatique a échoué :
{error}</source>
        <translation>La sauvegarde automatique a échoué :
{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="251" />
        <source>Journal d'audit altéré</source>
        <translation>Journal d'audit altéré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="252" />
        <source>{problem}

Des événements du journal ont été modifiés ou supprimés hors de Parcours. Prévenez l'administrateur : le détail figure dans Administration &gt; Journal d'audit.</source>
        <translation>{problem}

Des événements du journal ont été modifiés ou supprimés hors de Parcours. Prévenez l'administrateur : le détail figure dans Administration &gt; Journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="286" />
        <source>Base de données</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="354" />
        <source>Parcours est déjà ouvert</source>
        <translation>Parcours est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="355" />
        <source>Parcours est déjà ouvert dans votre session : utilisez la fenêtre ouverte (barre des tâches).</source>
        <translation>Parcours est déjà ouvert dans votre session : utilisez la fenêtre ouverte (barre des tâches).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="382" />
        <source>Base de données inaccessible</source>
        <translation>Base de données inaccessible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="383" />
        <source>La base de données n'a pas pu être ouverte :
{error}</source>
        <translation>La base de données n'a pas pu être ouverte :
{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="407" />
        <source>Base vide : importez la liste des locataires (Fichier &gt; Importer) pour commencer.</source>
        <translation>Base vide : importez la liste des locataires (Fichier &gt; Importer) pour commencer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="417" />
        <source>Prêt en {s} s</source>
        <translation>Prêt en {s} s</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="180" />
        <source>Tous les états</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="185" />
        <source>Toutes les étapes</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="191" />
        <source>À faire aujourd'hui ou en retard</source>
        <translation>À faire aujourd'hui ou en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="197" />
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="198" />
        <source>Âge</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="199" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="200" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="201" />
        <source>Appelant</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="202" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="203" />
        <source>À faire</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="204" />
        <source>Lien renforcé</source>
        <translation>Lien renforcé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="205" />
        <source>Prochain appel</source>
        <translation>Prochain appel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="206" />
        <source>Tentatives</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="207" />
        <source>Dernier résultat</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="213" />
        <source>Ouvrir la fiche…</source>
        <translation>Ouvrir la fiche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="216" />
        <source>Attribuer</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="226" />
        <source>Attribuer la fiche à</source>
        <translation>Attribuer la fiche à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="245" />
        <source>Tous les appelants</source>
        <translation>Tous les appelants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="246" />
        <source>Fiches non attribuées</source>
        <translation>Fiches non attribuées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="247" />
        <source>(personne)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="275" />
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="280" />
        <source>(anonymisé)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="296" />
        <source>Les fiches d'appel sont créées au lancement.</source>
        <translation>Les fiches d'appel sont créées au lancement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="322" />
        <source>Fiche de {name} retirée de la liste de son appelant.</source>
        <translation>Fiche de {name} retirée de la liste de son appelant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="328" />
        <source>Fiche de {name} attribuée à {caller}.</source>
        <translation>Fiche de {name} attribuée à {caller}.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="60" />
        <source>€ par an et par unité de consommation</source>
        <translation>€ par an et par unité de consommation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="62" />
        <source>arrêté fixant le seuil</source>
        <translation>arrêté fixant le seuil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="63" />
        <source>EPCI :</source>
        <translation>EPCI :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="64" />
        <source>Année :</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="65" />
        <source>Seuil du premier quartile :</source>
        <translation>Seuil du premier quartile :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="66" />
        <source>Source du seuil :</source>
        <translation>Source du seuil :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="69" />
        <source>Objectif hors QPV, premier quartile (%) :</source>
        <translation>Objectif hors QPV, premier quartile (%) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="70" />
        <source>Objectif en QPV, trois autres quartiles (%) :</source>
        <translation>Objectif en QPV, trois autres quartiles (%) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="73" />
        <source>Objectif publics prioritaires par réservataire (%) :</source>
        <translation>Objectif publics prioritaires par réservataire (%) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="85" />
        <source>Afficher</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="87" />
        <source>Enregistrer le seuil et les objectifs</source>
        <translation>Enregistrer le seuil et les objectifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="89" />
        <source>Exporter (PDF ou Excel)…</source>
        <translation>Exporter (PDF ou Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="96" />
        <source>Objectif</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="97" />
        <source>Exigé</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="98" />
        <location filename="../../desktop/ui/cotation/targets.py" line="151" />
        <source>Atteint</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="99" />
        <source>Retenues</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="100" />
        <source>Périmètre</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="101" />
        <source>Ressources inconnues</source>
        <translation>Ressources inconnues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="102" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="105" />
        <source>Choisissez l'EPCI et l'année, puis « Afficher ».</source>
        <translation>Choisissez l'EPCI et l'année, puis « Afficher ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="148" />
        <source>Aucune attribution</source>
        <translation>Aucune attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="153" />
        <source>Non atteint (manque {n})</source>
        <translation>Non atteint (manque {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="172" />
        <source>{n} en {year} ; seuil : {t}</source>
        <translation>{n} en {year} ; seuil : {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="175" />
        <source>non renseigné</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="188" />
        <source>Objectifs d'attribution</source>
        <translation>Objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="213" />
        <source>Rapport des objectifs d'attribution</source>
        <translation>Rapport des objectifs d'attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="215" />
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/targets.py" line="219" />
        <source>Rapport enregistré : {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="54" />
        <source>(image)</source>
        <translation>(image)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="68" />
        <source>Champs</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="70" />
        <source>Balise</source>
        <translation>Balise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="72" />
        <source>Contenu</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="74" />
        <source>Exemple</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="79" />
        <source>Filtres</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="84" />
        <source>Syntaxe</source>
        <translation>Syntaxe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="87" />
        <source>Une balise tient dans un seul paragraphe. Pour un paragraphe conditionnel ou répété, écrivez « {%p if lettre.recommandee %} » et « {%p endif %} », chacune seule dans son paragraphe. Exemple de montant : {{ champs.montant_du|euros }} ({{ champs.montant_du|en_lettres }}).</source>
        <translation>Une balise tient dans un seul paragraphe. Pour un paragraphe conditionnel ou répété, écrivez « {%p if lettre.recommandee %} » et « {%p endif %} », chacune seule dans son paragraphe. Exemple de montant : {{ champs.montant_du|euros }} ({{ champs.montant_du|en_lettres }}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="129" />
        <source>Aperçu pour le dossier sélectionné</source>
        <translation>Aperçu pour le dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="132" />
        <source>Aperçu (locataire fictif)</source>
        <translation>Aperçu (locataire fictif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="135" />
        <source>Modifier dans le traitement de texte</source>
        <translation>Modifier dans le traitement de texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="137" />
        <source>Vérifier le modèle</source>
        <translation>Vérifier le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="138" />
        <source>Référence des champs</source>
        <translation>Référence des champs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="140" />
        <source>Aperçu PDF</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="144" />
        <source>Le courrier de l'aperçu, converti en PDF et affiché tel qu'il sera imprimé</source>
        <translation>Le courrier de l'aperçu, converti en PDF et affiché tel qu'il sera imprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="147" />
        <source>Publipostage…</source>
        <translation>Publipostage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="165" />
        <source>&lt;b&gt;Aperçu&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="169" />
        <source>&lt;h2&gt;Modèles de courriers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modèles de courriers&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="204" />
        <source>obligatoire</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="211" />
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="213" />
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="214" />
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="214" />
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="216" />
        <source>Domaine</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="217" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="218" />
        <source>Recommandé AR</source>
        <translation>Recommandé AR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="220" />
        <source>Données du dossier utilisées</source>
        <translation>Données du dossier utilisées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="220" />
        <source>Champs à remplir</source>
        <translation>Champs à remplir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="272" />
        <source>Conversion de l'aperçu en PDF…</source>
        <translation>Conversion de l'aperçu en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="300" />
        <source>Aperçu PDF : {path}</source>
        <translation>Aperçu PDF : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="301" />
        <source>Aperçu du modèle</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_page.py" line="334" />
        <source>Le modèle « {name} » est correct.</source>
        <translation>Le modèle « {name} » est correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="33" />
        <source>Modèles de courriers</source>
        <translation>Modèles de courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="47" />
        <source>Destinataires : les {n} dossiers sélectionnés dans la liste, par code postal.</source>
        <translation>Destinataires : les {n} dossiers sélectionnés dans la liste, par code postal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="61" />
        <source>Destinataires : les dossiers de la liste, avec ses filtres actuels ({n} dossiers), par code postal.</source>
        <translation>Destinataires : les dossiers de la liste, avec ses filtres actuels ({n} dossiers), par code postal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="76" />
        <source>Destinataires : la recherche enregistrée « {name} » ({n} dossiers), par code postal.</source>
        <translation>Destinataires : la recherche enregistrée « {name} » ({n} dossiers), par code postal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="100" />
        <source>Certificat chargé pour cette session.</source>
        <translation>Certificat chargé pour cette session.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="104" />
        <source>&amp;Courriers</source>
        <translation>&amp;Courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="108" />
        <source>&amp;Publipostage…</source>
        <translation>&amp;Publipostage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="115" />
        <source>&amp;Modèles de courriers</source>
        <translation>&amp;Modèles de courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="123" />
        <source>&amp;Certificat de signature…</source>
        <translation>&amp;Certificat de signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters_menu.py" line="130" />
        <source>&amp;Vérifier un PDF signé…</source>
        <translation>&amp;Vérifier un PDF signé…</translation>
    </message>
</context>
<context>
    <name>TenantFileDialog</name>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="176" />
        <source>Ménage</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="177" />
        <source>Bail</source>
        <translation>Bail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="178" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="179" />
        <source>Solde et chronologie</source>
        <translation>Solde et chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="181" />
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="184" />
        <source>Clore le dossier…</source>
        <translation>Clore le dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="185" />
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="189" />
        <source>Congé…</source>
        <translation>Congé…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="192" />
        <source>Congé du locataire : préavis, exceptions, sortie</source>
        <translation>Congé du locataire : préavis, exceptions, sortie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="198" />
        <source>Plans d'apurement…</source>
        <translation>Plans d'apurement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="201" />
        <source>Accords de paiement de ce dossier : plans, reports, protocoles</source>
        <translation>Accords de paiement de ce dossier : plans, reports, protocoles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="223" />
        <source>Nouveau dossier locataire</source>
        <translation>Nouveau dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="225" />
        <source>&lt;h2&gt;Nouveau dossier locataire&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nouveau dossier locataire&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="248" />
        <source>Ajouter un occupant</source>
        <translation>Ajouter un occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="249" />
        <source>Retirer l'occupant sélectionné</source>
        <translation>Retirer l'occupant sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="253" />
        <source>Ménage isolé (personne seule sans entourage proche)</source>
        <translation>Ménage isolé (personne seule sans entourage proche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="259" />
        <source>Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé à partir des dates de naissance.</source>
        <translation>Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé à partir des dates de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="272" />
        <source>Ex. : BX-2024-00123</source>
        <translation>Ex. : BX-2024-00123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="273" />
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="274" />
        <source>Ex. : 412,50</source>
        <translation>Ex. : 412,50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="275" />
        <source>Ex. : 85,20</source>
        <translation>Ex. : 85,20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="276" />
        <source>Logement situé en zone tendue</source>
        <translation>Logement situé en zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="293" />
        <source>Ex. : LGT-000123</source>
        <translation>Ex. : LGT-000123</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="294" />
        <source>N° et voie</source>
        <translation>N° et voie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="296" />
        <source>Bâtiment, entrée, appartement</source>
        <translation>Bâtiment, entrée, appartement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="303" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="304" />
        <source>0 = rez-de-chaussée</source>
        <translation>0 = rez-de-chaussée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="333" />
        <source>Positif : dette du locataire ; négatif : avoir</source>
        <translation>Positif : dette du locataire ; négatif : avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="336" />
        <source>Solde (€)</source>
        <translation>Solde (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="101" />
        <location filename="../../desktop/ui/tenant_file.py" line="337" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="84" />
        <source>N° de contrat</source>
        <translation>N° de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="85" />
        <source>Début du bail</source>
        <translation>Début du bail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="86" />
        <source>Loyer</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="87" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="88" />
        <source>Zone tendue</source>
        <translation>Zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="89" />
        <source>Référence du logement</source>
        <translation>Référence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="90" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="91" />
        <source>Complément d'adresse</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="92" />
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="93" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="94" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="95" />
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="96" />
        <source>Étage</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="97" />
        <source>Bâtiment</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="98" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="99" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="100" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="102" />
        <source>Ménage isolé</source>
        <translation>Ménage isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="103" />
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="104" />
        <source>Civilité</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="105" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="106" />
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="107" />
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="108" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="109" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="110" />
        <source>Titulaire</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="111" />
        <source>Handicap</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="342" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="342" />
        <source>Événement</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="342" />
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="342" />
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="350" />
        <source>&lt;b&gt;Chronologie&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="361" />
        <source>M.</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="362" />
        <source>Mme</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="393" />
        <source>Dossier introuvable</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="410" />
        <source>Dossier de {name}</source>
        <translation>Dossier de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="412" />
        <source>dossier actif</source>
        <translation>dossier actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="414" />
        <source>dossier clos le {date} ({reason})</source>
        <translation>dossier clos le {date} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="420" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="421" />
        <source>handicap</source>
        <translation>handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="422" />
        <source>plus de 70 ans</source>
        <translation>plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="426" />
        <source>Vulnérabilité : {flags}</source>
        <translation>Vulnérabilité : {flags}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="431" />
        <source>{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}</source>
        <translation>{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="444" />
        <source>Données de santé, de vulnérabilité et observations masquées pour votre rôle.</source>
        <translation>Données de santé, de vulnérabilité et observations masquées pour votre rôle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="533" />
        <source>Étage invalide : attendu un nombre entier.</source>
        <translation>Étage invalide : attendu un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="618" />
        <source>Cet onglet comporte des erreurs.</source>
        <translation>Cet onglet comporte des erreurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="604" />
        <source>Occupant {n} — {field} : {message}</source>
        <translation>Occupant {n} — {field} : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="634" />
        <source>Dossier enregistré ({when}).</source>
        <translation>Dossier enregistré ({when}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="641" />
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="663" />
        <source>Recharger le dossier</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="693" />
        <source>Date invalide : attendu jj/mm/aaaa.</source>
        <translation>Date invalide : attendu jj/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_file.py" line="719" />
        <source>Enregistrer les modifications de ce dossier ?</source>
        <translation>Enregistrer les modifications de ce dossier ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_hooks.py" line="16" />
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_hooks.py" line="23" />
        <source>Courrier…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letter_hooks.py" line="26" />
        <source>Écrire au locataire à partir d'un modèle (DOCX, PDF, signature)</source>
        <translation>Écrire au locataire à partir d'un modèle (DOCX, PDF, signature)</translation>
    </message>
</context>
<context>
    <name>TenantListModel</name>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="168" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="169" />
        <source>Contrat</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="170" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="171" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="172" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="173" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="174" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="175" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="177" />
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="177" />
        <source>clos</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="178" />
        <source>70 ans et +</source>
        <translation>70 ans et +</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_model.py" line="179" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
</context>
<context>
    <name>TenantListPage</name>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="58" />
        <source>Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)</source>
        <translation>Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="68" />
        <source>Dossiers actifs</source>
        <translation>Dossiers actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="69" />
        <source>Dossiers clos</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="70" />
        <source>Tous les dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="71" />
        <source>70 ans et plus</source>
        <translation>70 ans et plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="73" />
        <source>En impayé</source>
        <translation>En impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="115" />
        <source>&lt;h2&gt;Dossiers locataires&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dossiers locataires&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="118" />
        <source>Votre rôle ne donne pas accès aux dossiers locataires.</source>
        <translation>Votre rôle ne donne pas accès aux dossiers locataires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="132" />
        <source>Enregistrer la recherche…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="134" />
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="138" />
        <source>Recherches enregistrées :</source>
        <translation>Recherches enregistrées :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="172" />
        <source>Chargement des dossiers…</source>
        <translation>Chargement des dossiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="212" />
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="250" />
        <source>Recherche non enregistrée</source>
        <translation>Recherche non enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="258" />
        <source>Enregistrer la recherche</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="259" />
        <source>Nom de la recherche (ex. « Plus de 70 ans, agence BXN ») :</source>
        <translation>Nom de la recherche (ex. « Plus de 70 ans, agence BXN ») :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="277" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="320" />
        <source>Recherche impossible : la base de données ne répond pas. La liste affichée est celle de la recherche précédente ; réessayez dans un instant.</source>
        <translation>Recherche impossible : la base de données ne répond pas. La liste affichée est celle de la recherche précédente ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="339" />
        <source>Le nombre de dossiers n'a pas pu être compté : la base de données ne répond pas. Les dossiers affichés sont à jour.</source>
        <translation>Le nombre de dossiers n'a pas pu être compté : la base de données ne répond pas. Les dossiers affichés sont à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="348" />
        <source>Des dossiers n'ont pas pu être lus : la base de données ne répond pas. Faites défiler à nouveau ou actualisez (F5) dans un instant.</source>
        <translation>Des dossiers n'ont pas pu être lus : la base de données ne répond pas. Faites défiler à nouveau ou actualisez (F5) dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="400" />
        <source>Plus de {n} dossiers (comptage…)</source>
        <translation>Plus de {n} dossiers (comptage…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="412" />
        <source>Plus de {n} dossiers : précisez la recherche</source>
        <translation>Plus de {n} dossiers : précisez la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="415" />
        <source>Aucun dossier</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="417" />
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tenant_list.py" line="419" />
        <source>{n} dossiers</source>
        <translation>{n} dossiers</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="144" />
        <source>Nouveau compte</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="146" />
        <source>Compte {name}</source>
        <translation>Compte {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="156" />
        <source>(aucune)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="160" />
        <source>facultatif : session Windows autorisée en ligne de commande</source>
        <translation>facultatif : session Windows autorisée en ligne de commande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="162" />
        <source>Compte actif</source>
        <translation>Compte actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="166" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="167" />
        <source>Nom complet</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="168" />
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="169" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="170" />
        <source>Session Windows</source>
        <translation>Session Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="172" />
        <source>Mot de passe provisoire</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="173" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="256" />
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="257" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="258" />
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="259" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="260" />
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="261" />
        <source>Dernière connexion</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="262" />
        <source>Session Windows</source>
        <translation>Session Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="266" />
        <source>Nouveau compte…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="267" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="268" />
        <source>Nouveau mot de passe…</source>
        <translation>Nouveau mot de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="269" />
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="276" />
        <source>&lt;h2&gt;Comptes utilisateurs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comptes utilisateurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="294" />
        <source>verrouillé</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="296" />
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="296" />
        <source>désactivé</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>VoteImportDialog</name>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="183" />
        <source>Import des votes — vérification</source>
        <translation>Import des votes — vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="189" />
        <source>« {name} » : {lines}, {count}. Vérifiez puis confirmez l'import.</source>
        <translation>« {name} » : {lines}, {count}. Vérifiez puis confirmez l'import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="205" />
        <source>« {name} » : {count}. Rien ne sera importé tant que le fichier n'est pas corrigé.</source>
        <translation>« {name} » : {count}. Rien ne sera importé tant que le fichier n'est pas corrigé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="214" />
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="215" />
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="216" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="217" />
        <source>N° unique</source>
        <translation>N° unique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="218" />
        <source>Candidat</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="219" />
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="220" />
        <source>Horodatage</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="248" />
        <source>Importer {count} vote</source>
        <translation>Importer {count} vote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="250" />
        <source>Importer {count} votes</source>
        <translation>Importer {count} votes</translation>
    </message>
</context>
<context>
    <name>VotesTab</name>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="276" />
        <source>Importer les votes…</source>
        <translation>Importer les votes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="280" />
        <source>Export de l'outil de vote à distance (CSV ou Excel) : membre, logement, numéro unique, vote, horodatage. Vérification complète avant tout enregistrement.</source>
        <translation>Export de l'outil de vote à distance (CSV ou Excel) : membre, logement, numéro unique, vote, horodatage. Vérification complète avant tout enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="285" />
        <source>Courriers de décision…</source>
        <translation>Courriers de décision…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="301" />
        <source>Votes sur la proposition d'attribution</source>
        <translation>Votes sur la proposition d'attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="307" />
        <source>Enregistrer la décision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="308" />
        <source>Annuler la décision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="310" />
        <source>Décision de la commission (R441-3)</source>
        <translation>Décision de la commission (R441-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="324" />
        <source>Logement :</source>
        <translation>Logement :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="375" />
        <source>Séance verrouillée par son procès-verbal signé : votes et décisions ne peuvent plus changer.</source>
        <translation>Séance verrouillée par son procès-verbal signé : votes et décisions ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="380" />
        <source>La séance n'est pas ouverte (état : {status}) : ouvrez-la dans l'onglet Séance pour enregistrer votes et décisions.</source>
        <translation>La séance n'est pas ouverte (état : {status}) : ouvrez-la dans l'onglet Séance pour enregistrer votes et décisions.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="385" />
        <source>Le quorum n'est pas atteint : votes et décisions sont bloqués (voir l'onglet Présences).</source>
        <translation>Le quorum n'est pas atteint : votes et décisions sont bloqués (voir l'onglet Présences).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="389" />
        <source>La fenêtre de vote de la séance écrite n'est pas définie.</source>
        <translation>La fenêtre de vote de la séance écrite n'est pas définie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="403" />
        <source>pas encore de décision</source>
        <translation>pas encore de décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="405" />
        <source> (rang {rank})</source>
        <translation> (rang {rank})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="424" />
        <source>Aucun candidat pour ce logement.</source>
        <translation>Aucun candidat pour ce logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="426" />
        <source>Aucun logement à l'ordre du jour.</source>
        <translation>Aucun logement à l'ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="436" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — n° unique {numero}&lt;br&gt;{household} ; ressources {resources} ; taux d'effort {effort} ; reste à vivre {rest} / UC{criteria}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — n° unique {numero}&lt;br&gt;{household} ; ressources {resources} ; taux d'effort {effort} ; reste à vivre {rest} / UC{criteria}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="682" />
        <source>{count} de « {name} ».</source>
        <translation>{count} de « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="446" />
        <source>Priorité : {list}</source>
        <translation>Priorité : {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="476" />
        <source>&lt;b&gt;Membre&lt;/b&gt;</source>
        <translation>&lt;b&gt;Membre&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="477" />
        <source>&lt;b&gt;Vote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vote&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="478" />
        <source>&lt;b&gt;Qualité&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qualité&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="485" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="503" />
        <source>{name} a déclaré un conflit d'intérêts sur ce point : il ne prend pas part au vote.</source>
        <translation>{name} a déclaré un conflit d'intérêts sur ce point : il ne prend pas part au vote.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="512" />
        <source>{name} est suppléant : il ne vote qu'en l'absence du titulaire et s'il participe à la séance.</source>
        <translation>{name} est suppléant : il ne vote qu'en l'absence du titulaire et s'il participe à la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="520" />
        <source>{name} ne participe pas à la séance (ni présent, ni à distance, ni représenté par un pouvoir valable).</source>
        <translation>{name} ne participe pas à la séance (ni présent, ni à distance, ni représenté par un pouvoir valable).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="544" />
        <source>Vote exprimé par {holder} (pouvoir).</source>
        <translation>Vote exprimé par {holder} (pouvoir).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="550" />
        <source>Enregistré le {at} ({channel}) par {user}.</source>
        <translation>Enregistré le {at} ({channel}) par {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="561" />
        <source>Aucun vote enregistré.</source>
        <translation>Aucun vote enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="566" />
        <source>Pour : {pour} — Contre : {contre} — Abstention : {abst} → &lt;b&gt;{outcome}&lt;/b&gt;</source>
        <translation>Pour : {pour} — Contre : {contre} — Abstention : {abst} → &lt;b&gt;{outcome}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="633" />
        <source>Décision enregistrée pour {name}.</source>
        <translation>Décision enregistrée pour {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="648" />
        <source>Décision annulée.</source>
        <translation>Décision annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="654" />
        <source>Importer les votes de l'outil de vote</source>
        <translation>Importer les votes de l'outil de vote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="656" />
        <source>Export de vote (*.csv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)</source>
        <translation>Export de vote (*.csv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>_Signing</name>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="170" />
        <source>Signature du procès-verbal en cours…</source>
        <translation>Signature du procès-verbal en cours…</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/commands/_common.py" line="42" />
        <source>Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.</source>
        <translation>Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="192" />
        <source>Aucun terminal pour saisir le mot de passe : lancez la commande dans une console, ou donnez-le dans la variable {variable} pour un script.</source>
        <translation>Aucun terminal pour saisir le mot de passe : lancez la commande dans une console, ou donnez-le dans la variable {variable} pour un script.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="204" />
        <source>Le mot de passe n'a pas pu être lu au clavier.</source>
        <translation>Le mot de passe n'a pas pu être lu au clavier.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="214" />
        <source>Le mot de passe du compte « {user} » doit être changé avant toute autre action : changez-le dans l'application ou avec « parcours user password ».</source>
        <translation>Le mot de passe du compte « {user} » doit être changé avant toute autre action : changez-le dans l'application ou avec « parcours user password ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="272" />
        <source>Aucun compte Parcours actif n'est associé à la session « {login} » : indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites associer votre session à votre compte par un administrateur.</source>
        <translation>Aucun compte Parcours actif n'est associé à la session « {login} » : indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites associer votre session à votre compte par un administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="344" />
        <source>{option}Date hors des limites acceptées : {date} (entre le 01/01/1900 et le 31/12/2199).</source>
        <translation>{option}Date hors des limites acceptées : {date} (entre le 01/01/1900 et le 31/12/2199).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="385" />
        <source>{option}Numéro invalide : « {value} » (nombre entier attendu).</source>
        <translation>{option}Numéro invalide : « {value} » (nombre entier attendu).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="381" />
        <source>{option}Numéro hors des limites : « {value} » (de 1 à {max}).</source>
        <translation>{option}Numéro hors des limites : « {value} » (de 1 à {max}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="109" />
        <source>Le fichier « {path} » n'a pas pu être lu ou écrit : {reason}.</source>
        <translation>Le fichier « {path} » n'a pas pu être lu ou écrit : {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="420" />
        <source>Une valeur donnée est hors des limites acceptées (date trop lointaine ou numéro trop grand) : rien n'a été fait.</source>
        <translation>Une valeur donnée est hors des limites acceptées (date trop lointaine ou numéro trop grand) : rien n'a été fait.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="67" />
        <source>Impossible de lire le fichier de correspondance « {name} ».</source>
        <translation>Impossible de lire le fichier de correspondance « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="76" />
        <source>Le fichier de correspondance « {name} » n'est pas un JSON valide.</source>
        <translation>Le fichier de correspondance « {name} » n'est pas un JSON valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="85" />
        <source>Le fichier de correspondance doit contenir un objet {example}.</source>
        <translation>Le fichier de correspondance doit contenir un objet {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/importer.py" line="102" />
        <source>--set : attendu CHAMP=VALEUR (ex. agence=BXN), reçu « {pair} ».</source>
        <translation>--set : attendu CHAMP=VALEUR (ex. agence=BXN), reçu « {pair} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="100" />
        <source>Cette option est obligatoire (date AAAA-MM-JJ).</source>
        <translation>Cette option est obligatoire (date AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="113" />
        <source>Date invalide : « {value} » (attendu AAAA-MM-JJ).</source>
        <translation>Date invalide : « {value} » (attendu AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="124" />
        <source>Date hors des limites acceptées : « {value} » (entre le 01/01/1900 et le 31/12/2199).</source>
        <translation>Date hors des limites acceptées : « {value} » (entre le 01/01/1900 et le 31/12/2199).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="242" />
        <source>{n} congé</source>
        <translation>{n} congé</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="243" />
        <source>{n} congés</source>
        <translation>{n} congés</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/notice.py" line="244" />
        <source>Aucun congé</source>
        <translation>Aucun congé</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="96" />
        <source>Nombre entier attendu : « {value} ».</source>
        <translation>Nombre entier attendu : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="104" />
        <source>Cette option est obligatoire.</source>
        <translation>Cette option est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="107" />
        <source>Indiquez soit --months (nombre d'échéances), soit --monthly (mensualité).</source>
        <translation>Indiquez soit --months (nombre d'échéances), soit --monthly (mensualité).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="220" />
        <source>{n} dossier.</source>
        <translation>{n} dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="221" />
        <source>{n} dossiers.</source>
        <translation>{n} dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/plan.py" line="222" />
        <source>Aucun dossier.</source>
        <translation>Aucun dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="51" />
        <source>Jour de l'an</source>
        <extracomment>(month, day, French name) (days after Easter Sunday, French name)</extracomment>
        <translation>Jour de l'an</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="52" />
        <source>Fête du Travail</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="53" />
        <source>Victoire 1945</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="54" />
        <source>Fête nationale</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="55" />
        <source>Assomption</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="56" />
        <source>Toussaint</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="57" />
        <source>Armistice 1918</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="58" />
        <source>Noël</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="61" />
        <source>Lundi de Pâques</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="62" />
        <source>Ascension</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="63" />
        <source>Lundi de Pentecôte</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="65" />
        <source>Saint-Étienne</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/calendar_fr.py" line="66" />
        <source>Vendredi saint</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="40" />
        <source>Lettre recommandée avec accusé de réception</source>
        <translation>Lettre recommandée avec accusé de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="43" />
        <source>Acte de commissaire de justice</source>
        <translation>Acte de commissaire de justice</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="47" />
        <source>Remise en main propre contre récépissé ou émargement</source>
        <translation>Remise en main propre contre récépissé ou émargement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="49" />
        <source>Lettre recommandée électronique</source>
        <translation>Lettre recommandée électronique</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="78" />
        <source>Logement situé en zone tendue</source>
        <translation>Logement situé en zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="79" />
        <source>Aucun (adresse du logement)</source>
        <translation>Aucun (adresse du logement)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="82" />
        <source>Obtention d'un premier emploi</source>
        <translation>Obtention d'un premier emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="83" />
        <source>Contrat de travail</source>
        <translation>Contrat de travail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="86" />
        <source>Mutation professionnelle</source>
        <translation>Mutation professionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="87" />
        <source>Attestation de l'employeur</source>
        <translation>Attestation de l'employeur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="90" />
        <source>Perte d'emploi</source>
        <translation>Perte d'emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="91" />
        <source>Lettre de licenciement ou attestation de chômage</source>
        <translation>Lettre de licenciement ou attestation de chômage</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="94" />
        <source>Nouvel emploi consécutif à une perte d'emploi</source>
        <translation>Nouvel emploi consécutif à une perte d'emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="95" />
        <source>Justificatif de la perte d'emploi et contrat du nouvel emploi</source>
        <translation>Justificatif de la perte d'emploi et contrat du nouvel emploi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="100" />
        <source>État de santé justifiant un changement de domicile</source>
        <translation>État de santé justifiant un changement de domicile</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="101" />
        <source>Certificat médical</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="104" />
        <source>Bénéficiaire du RSA ou de l'AAH</source>
        <translation>Bénéficiaire du RSA ou de l'AAH</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="105" />
        <source>Attestation de la CAF ou de la MSA</source>
        <translation>Attestation de la CAF ou de la MSA</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="108" />
        <source>Attribution d'un logement social</source>
        <translation>Attribution d'un logement social</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="109" />
        <source>Lettre d'attribution ou bail du nouveau logement</source>
        <translation>Lettre d'attribution ou bail du nouveau logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="112" />
        <source>Ordonnance de protection ou poursuites pour violences conjugales</source>
        <translation>Ordonnance de protection ou poursuites pour violences conjugales</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="115" />
        <source>Ordonnance de protection ou décision judiciaire</source>
        <translation>Ordonnance de protection ou décision judiciaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="117" />
        <source>Aucun motif</source>
        <translation>Aucun motif</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="125" />
        <source>Même quantième N mois plus tard</source>
        <extracomment>Same day-number N months later; the month's last day when that day is missing.</extracomment>
        <translation>Même quantième N mois plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="128" />
        <source>Veille du même quantième N mois plus tard</source>
        <extracomment>The day before the same day-number N months later; when that day is missing, the day before the 1st of the following month (so the month's last day).</extracomment>
        <translation>Veille du même quantième N mois plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="176" />
        <source>Aucune règle de préavis n'est configurée pour le {date}.</source>
        <extracomment>Grounds allowing the reduced notice in this version. Grounds needing no document (the dwelling's address proves zone tendue). Share of the monthly rent (excluding charges) per started month late. Share of the deposit that may be held until the annual charges closing (collective buildings).</extracomment>
        <translation>Aucune règle de préavis n'est configurée pour le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="197" />
        <source>Motif inconnu : « {value} ». Motifs possibles : {codes}.</source>
        <translation>Motif inconnu : « {value} ». Motifs possibles : {codes}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="286" />
        <source>La date de départ demandée ({departure}) est antérieure à la réception du congé ({received}).</source>
        <extracomment>When a ground was claimed without its proof: the end date if the proof is supplied and accepted (the 3-month date ``end_date`` applies meanwhile).</extracomment>
        <translation>La date de départ demandée ({departure}) est antérieure à la réception du congé ({received}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="300" />
        <source>Congé reçu le {date}</source>
        <translation>Congé reçu le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="308" />
        <source>Aucun motif de préavis réduit invoqué : préavis de {months} mois appliqué</source>
        <translation>Aucun motif de préavis réduit invoqué : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="318" />
        <source>Motif invoqué : {ground} ; motif non prévu par les règles en vigueur le {date} : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; motif non prévu par les règles en vigueur le {date} : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="332" />
        <source>Motif invoqué : {ground} ; aucun justificatif requis : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; aucun justificatif requis : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="344" />
        <source>Motif invoqué : {ground} ; justificatif reçu : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; justificatif reçu : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="356" />
        <source>Motif invoqué : {ground} ; justificatif manquant, mais le logement est en zone tendue : le préavis de {months} mois s'applique sans justificatif, quel que soit le motif (art. 15-I de la loi du 6 juillet 1989)</source>
        <translation>Motif invoqué : {ground} ; justificatif manquant, mais le logement est en zone tendue : le préavis de {months} mois s'applique sans justificatif, quel que soit le motif (art. 15-I de la loi du 6 juillet 1989)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="370" />
        <source>Motif invoqué : {ground} ; justificatif manquant : préavis de {months} mois appliqué</source>
        <translation>Motif invoqué : {ground} ; justificatif manquant : préavis de {months} mois appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="388" />
        <source>Le {date} n'est pas un jour ouvré : fin reportée au {rolled}</source>
        <translation>Le {date} n'est pas un jour ouvré : fin reportée au {rolled}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="404" />
        <source>Départ demandé le {departure}, après la fin du préavis de {months} mois ({end}) : la date demandée est retenue</source>
        <translation>Départ demandé le {departure}, après la fin du préavis de {months} mois ({end}) : la date demandée est retenue</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="421" />
        <source>Départ souhaité le {departure} : loyer et charges restent dus jusqu'à la fin du préavis, sauf relocation plus tôt avec l'accord du bailleur</source>
        <translation>Départ souhaité le {departure} : loyer et charges restent dus jusqu'à la fin du préavis, sauf relocation plus tôt avec l'accord du bailleur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="430" />
        <source>Fin du préavis : {date}</source>
        <translation>Fin du préavis : {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="442" />
        <source>Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois (fin le {end}), mais le départ demandé le {date} est retenu</source>
        <translation>Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois (fin le {end}), mais le départ demandé le {date} est retenu</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="457" />
        <source>Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois, fin le {date}</source>
        <translation>Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois, fin le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice.py" line="524" />
        <source>Le loyer mensuel doit être un montant positif ou nul.</source>
        <translation>Le loyer mensuel doit être un montant positif ou nul.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="32" />
        <source>Plan d'apurement</source>
        <translation>Plan d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="33" />
        <source>Report de paiement</source>
        <translation>Report de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="34" />
        <source>Paiement partiel</source>
        <translation>Paiement partiel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="37" />
        <source>Étalement d'une régularisation de charges</source>
        <translation>Étalement d'une régularisation de charges</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="41" />
        <source>Protocole de cohésion sociale (art. L442-6-5 CCH, AL)</source>
        <translation>Protocole de cohésion sociale (art. L442-6-5 CCH, AL)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="45" />
        <source>Protocole de cohésion sociale (art. L353-15-2 CCH, APL)</source>
        <translation>Protocole de cohésion sociale (art. L353-15-2 CCH, APL)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="49" />
        <source>Étalement au titre de la charte Covid-19 du 4 mai 2020</source>
        <translation>Étalement au titre de la charte Covid-19 du 4 mai 2020</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="270" />
        <source>aucune échéance</source>
        <translation>aucune échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="53" />
        <source>Candidat {position} — données masquées</source>
        <translation>Candidat {position} — données masquées</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="54" />
        <source>Pas de décision</source>
        <translation>Pas de décision</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="228" />
        <source>absent</source>
        <extracomment>town written in "Fait à …" version (and date) of the règlement intérieur in force at the session meeting room; empty for a remote session ("séance dématérialisée") remote sessions: the tool (videoconference service, secure platform) written remote sessions: when the vote opened and closed a member asked for a physical session (remote sessions) "Adjointe au maire de Bordeaux", "Association Habitat et Humanisme"... remote participation: when the member's connection was identified represented members: the name of the proxy holder absent members: apologised (*excusé*) the member's id in the commission (matches reviews to members; not printed); None for a member convened by right who has no seat recorded (a mayor) members by right: "Membre de droit pour les logements situés à Mérignac" named as the president's substitute to preside this session remote sessions: voting members who had to take part (0 in person) order of the application within the dwelling (1, 2, 3...) household head as written in the minutes: "Mme Élodie DUPONT" composition: "Couple avec 2 enfants" monthly resources of the household effort rate in percent (rent + charges - housing aid over resources) monthly amount left to live on, per consumption unit None: no decision recorded (application not examined or adjourned) members who declared a conflict of interest and did not vote issue 17: the cotation and its detail; how the votes were cast neither present, nor connected, nor represented</extracomment>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="230" />
        <source>non concerné</source>
        <extracomment>the mayor (or EPCI president) votes on his commune's (territory's) dwellings only</extracomment>
        <translation>non concerné</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="233" />
        <source>n'a pas pris part au vote</source>
        <extracomment>took part in the session but cast no vote on this dwelling</extracomment>
        <translation>n'a pas pris part au vote</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="250" />
        <source>absente</source>
        <extracomment>"logement situé à Mérignac", "candidat n° 2", "aucun représentant désigné"</extracomment>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="252" />
        <source>non concernée</source>
        <translation>non concernée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="339" />
        <location filename="../../desktop/domain/schedule.py" line="54" />
        <source>Projet</source>
        <extracomment>PLAI, PLUS, PLS... reservation contingent: "Préfecture", "Action Logement", "Commune", "Bailleur" the members with a deliberative voice who did not vote on it, and why the grounds of L442-5-2 that apply (labels) the commission's opinion (suitable dwelling, home-ownership advice...) incidents and remarks recorded during the session "Fait à {place}, le {date}" set on an extract: the numéro unique of the applicant it is made for on an extract: how many dwellings of the session were left out</extracomment>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="340" />
        <source>Soumis aux membres</source>
        <translation>Soumis aux membres</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="341" />
        <source>Remplacé par une version suivante</source>
        <translation>Remplacé par une version suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="342" />
        <source>Approuvé</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="347" />
        <source>Approuve</source>
        <translation>Approuve</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="348" />
        <source>Demande une modification</source>
        <translation>Demande une modification</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="353" />
        <source>Dans l'application</source>
        <extracomment>the member himself, signed in to the application</extracomment>
        <translation>Dans l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="355" />
        <source>Réponse écrite enregistrée</source>
        <extracomment>an answer to the exported PDF (e-mail, letter), recorded by the secretary</extracomment>
        <translation>Réponse écrite enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="440" />
        <source>Aucune candidature n° {number} n'a été examinée lors de cette séance.</source>
        <translation>Aucune candidature n° {number} n'a été examinée lors de cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="520" />
        <source>Présente</source>
        <translation>Présente</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="528" />
        <source>À distance (connexion à {time})</source>
        <translation>À distance (connexion à {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="537" />
        <source>Représentée par {holder}</source>
        <translation>Représentée par {holder}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="539" />
        <source>Représenté par {holder}</source>
        <translation>Représenté par {holder}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="544" />
        <source>Représentée (sans pouvoir valable)</source>
        <translation>Représentée (sans pouvoir valable)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="546" />
        <source>Représenté (sans pouvoir valable)</source>
        <translation>Représenté (sans pouvoir valable)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="550" />
        <source>Absente excusée</source>
        <translation>Absente excusée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="552" />
        <source>Absent excusé</source>
        <translation>Absent excusé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="555" />
        <source>Absente</source>
        <translation>Absente</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="562" />
        <source>{pour} pour, {contre} contre, {abst}</source>
        <translation>{pour} pour, {contre} contre, {abst}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="568" />
        <source>{n} abstention</source>
        <translation>{n} abstention</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="569" />
        <source>{n} abstentions</source>
        <translation>{n} abstentions</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="570" />
        <source>aucune abstention</source>
        <translation>aucune abstention</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/occupation.py" line="65" />
        <source>{n} occupant</source>
        <extracomment>Years between two occupation reviews of a lease in a zone tendue (L442-5-2).</extracomment>
        <translation>{n} occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/occupation.py" line="66" />
        <source>{n} occupants</source>
        <translation>{n} occupants</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/occupation.py" line="84" />
        <source>{rooms} pour {occupants}.</source>
        <translation>{rooms} pour {occupants}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/occupation.py" line="88" />
        <source>{n} pièce habitable</source>
        <translation>{n} pièce habitable</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/occupation.py" line="89" />
        <source>{n} pièces habitables</source>
        <translation>{n} pièces habitables</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/occupation.py" line="101" />
        <source>{surface} m² pour {occupants} (minimum {minimum} m²).</source>
        <translation>{surface} m² pour {occupants} (minimum {minimum} m²).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="581" />
        <source> ; voix prépondérante du maire</source>
        <translation> ; voix prépondérante du maire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="596" />
        <source>pièce à produire : {doc}</source>
        <translation>pièce à produire : {doc}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="605" />
        <source>avant le {date}</source>
        <translation>avant le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="55" />
        <source>Proposé</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="343" />
        <location filename="../../desktop/domain/schedule.py" line="56" />
        <source>Signé</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="62" />
        <source>Annulé</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="157" />
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="158" />
        <location filename="../../desktop/domain/campaign/common.py" line="164" />
        <location filename="../../desktop/domain/notice_case.py" line="50" />
        <location filename="../../desktop/domain/schedule.py" line="57" />
        <source>En cours</source>
        <extracomment>A deposit deadline this close (in days) is flagged as near.</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="159" />
        <source>Terminée</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="160" />
        <source>Terminée, notes purgées</source>
        <translation>Terminée, notes purgées</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="163" />
        <source>À appeler</source>
        <translation>À appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="165" />
        <source>Situation sécurisée</source>
        <translation>Situation sécurisée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="166" />
        <source>Injoignable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="167" />
        <source>Clos</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="168" />
        <source>Premier appel</source>
        <translation>Premier appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="169" />
        <source>Second appel</source>
        <translation>Second appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="170" />
        <source>Contact d'un voisin</source>
        <translation>Contact d'un voisin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="173" />
        <source>Passage du facteur</source>
        <translation>Passage du facteur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="176" />
        <source>Visite sur place</source>
        <translation>Visite sur place</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="177" />
        <source>Appel de suivi</source>
        <translation>Appel de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="179" />
        <source>Joint, pas de besoin</source>
        <translation>Joint, pas de besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="180" />
        <source>Joint, besoin exprimé</source>
        <translation>Joint, besoin exprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="181" />
        <source>Non joint</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="182" />
        <source>Numéro erroné</source>
        <translation>Numéro erroné</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="183" />
        <source>Refus</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="184" />
        <source>Orienté vers un partenaire</source>
        <translation>Orienté vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="187" />
        <source>Urgence</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="188" />
        <source>Le locataire</source>
        <translation>Le locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="189" />
        <source>Un proche</source>
        <translation>Un proche</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="190" />
        <source>Un voisin</source>
        <translation>Un voisin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="192" />
        <source>Rappeler à une date</source>
        <translation>Rappeler à une date</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="193" />
        <source>Lien renforcé : appel chaque semaine</source>
        <translation>Lien renforcé : appel chaque semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="196" />
        <source>Orienter vers un partenaire</source>
        <translation>Orienter vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="197" />
        <source>Urgence (15 / 112 alerté)</source>
        <translation>Urgence (15 / 112 alerté)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="198" />
        <source>Clore la fiche</source>
        <translation>Clore la fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="199" />
        <source>Refuse d'être appelé</source>
        <translation>Refuse d'être appelé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="200" />
        <source>Décès</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="201" />
        <source>A quitté le logement</source>
        <translation>A quitté le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="202" />
        <source>Hébergé en établissement ou chez un proche</source>
        <translation>Hébergé en établissement ou chez un proche</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="205" />
        <source>Non concerné</source>
        <translation>Non concerné</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="206" />
        <source>Mairie</source>
        <translation>Mairie</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="207" />
        <source>CCAS</source>
        <translation>CCAS</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="208" />
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="209" />
        <source>Soutien psychologique</source>
        <translation>Soutien psychologique</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="212" />
        <source>Famille</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="213" />
        <source>SAMU (15)</source>
        <translation>SAMU (15)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="214" />
        <source>Autre partenaire</source>
        <translation>Autre partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="215" />
        <source>À transmettre</source>
        <translation>À transmettre</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="216" />
        <source>Transmise</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="217" />
        <source>Prise en charge</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="218" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="219" />
        <source>Sans suite</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="220" />
        <source>Anonymiser (notes, réponses et coordonnées effacées, chiffres gardés)</source>
        <translation>Anonymiser (notes, réponses et coordonnées effacées, chiffres gardés)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="223" />
        <source>Supprimer (fiches, appels et orientations supprimés, chiffres gardés)</source>
        <translation>Supprimer (fiches, appels et orientations supprimés, chiffres gardés)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="226" />
        <source>Une réponse</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="227" />
        <source>Plusieurs réponses</source>
        <translation>Plusieurs réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="231" />
        <source>Bonjour, je vous appelle de la part de votre bailleur dans le cadre de la campagne de vigilance. Vos réponses servent uniquement à vérifier que vous allez bien et à vous orienter si vous avez besoin d'aide ; elles seront effacées à la fin de la campagne. Vous pouvez refuser de répondre. Pour toute question sur vos données : le délégué à la protection des données de votre bailleur.</source>
        <translation>Bonjour, je vous appelle de la part de votre bailleur dans le cadre de la campagne de vigilance. Vos réponses servent uniquement à vérifier que vous allez bien et à vous orienter si vous avez besoin d'aide ; elles seront effacées à la fin de la campagne. Vous pouvez refuser de répondre. Pour toute question sur vos données : le délégué à la protection des données de votre bailleur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="75" />
        <source>Comment allez-vous ? (ressenti, sans détail médical)</source>
        <translation>Comment allez-vous ? (ressenti, sans détail médical)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="77" />
        <source>Bien</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="78" />
        <source>Fatigué(e), moral en baisse</source>
        <translation>Fatigué(e), moral en baisse</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="79" />
        <source>Situation préoccupante</source>
        <translation>Situation préoccupante</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="84" />
        <source>Courses et repas</source>
        <translation>Courses et repas</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="86" />
        <source>Se débrouille seul(e)</source>
        <translation>Se débrouille seul(e)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="87" />
        <source>Assurés par la famille ou des voisins</source>
        <translation>Assurés par la famille ou des voisins</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="88" />
        <source>Portage de repas ou livraison en place</source>
        <translation>Portage de repas ou livraison en place</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="89" />
        <source>Difficile, pas de solution</source>
        <translation>Difficile, pas de solution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="94" />
        <source>Soutien de la famille ou des voisins</source>
        <translation>Soutien de la famille ou des voisins</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="96" />
        <source>Contact chaque jour</source>
        <translation>Contact chaque jour</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="97" />
        <source>Contact chaque semaine</source>
        <translation>Contact chaque semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="98" />
        <source>Rare ou aucun</source>
        <translation>Rare ou aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="103" />
        <source>Connaissance des mesures de protection et des numéros utiles</source>
        <translation>Connaissance des mesures de protection et des numéros utiles</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="107" />
        <source>Connues</source>
        <translation>Connues</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="110" />
        <source>En partie, complétées pendant l'appel</source>
        <translation>En partie, complétées pendant l'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="114" />
        <source>Non connues, expliquées pendant l'appel</source>
        <translation>Non connues, expliquées pendant l'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="120" />
        <source>Besoin d'aide</source>
        <translation>Besoin d'aide</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="122" />
        <source>Aucun</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="123" />
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="124" />
        <source>Repas</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="125" />
        <source>Médicaments à aller chercher</source>
        <translation>Médicaments à aller chercher</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="126" />
        <source>Isolement, besoin d'écoute</source>
        <translation>Isolement, besoin d'écoute</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="127" />
        <source>Démarches administratives</source>
        <translation>Démarches administratives</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="128" />
        <source>Problème dans le logement</source>
        <translation>Problème dans le logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="129" />
        <source>Autre besoin</source>
        <translation>Autre besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="154" />
        <source>Le script d'appel doit comporter au moins une question.</source>
        <translation>Le script d'appel doit comporter au moins une question.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="158" />
        <source>{max} questions au plus.</source>
        <translation>{max} questions au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="165" />
        <source>Code de question invalide « {code} » : majuscules, chiffres et _ (20 caractères au plus).</source>
        <translation>Code de question invalide « {code} » : majuscules, chiffres et _ (20 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="174" />
        <source>La question « {code} » figure deux fois.</source>
        <translation>La question « {code} » figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="180" />
        <source>Libellé de la question : 1 à {max} caractères.</source>
        <translation>Libellé de la question : 1 à {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="186" />
        <source>Chaque question propose de 2 à {max} réponses.</source>
        <translation>Chaque question propose de 2 à {max} réponses.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="191" />
        <source>Codes de réponse invalides ou en double.</source>
        <translation>Codes de réponse invalides ou en double.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="195" />
        <source>Libellé de réponse : 1 à {max} caractères.</source>
        <translation>Libellé de réponse : 1 à {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="200" />
        <source>La réponse « aucun » doit être l'une des réponses proposées.</source>
        <translation>La réponse « aucun » doit être l'une des réponses proposées.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="224" />
        <source>Personne n'a été joint : le script ne peut pas avoir de réponses.</source>
        <translation>Personne n'a été joint : le script ne peut pas avoir de réponses.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="237" />
        <source>Question inconnue du script : « {code} ».</source>
        <translation>Question inconnue du script : « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="248" />
        <location filename="../../desktop/domain/campaign/script.py" line="266" />
        <source>Réponse inconnue « {value} » à la question « {question} ».</source>
        <translation>Réponse inconnue « {value} » à la question « {question} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="256" />
        <source>« {none} » ne peut pas être coché avec un autre besoin.</source>
        <translation>« {none} » ne peut pas être coché avec un autre besoin.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="278" />
        <source>Réponse attendue : « {question} ».</source>
        <translation>Réponse attendue : « {question} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/script.py" line="340" />
        <source>La note semble contenir des informations médicales ({words}) : n'écrivez que ce qui est nécessaire pour aider la personne.</source>
        <translation>La note semble contenir des informations médicales ({words}) : n'écrivez que ce qui est nécessaire pour aider la personne.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="72" />
        <source>Nom de la campagne : 1 à {max} caractères.</source>
        <translation>Nom de la campagne : 1 à {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="80" />
        <source>Choisissez la recherche enregistrée qui désigne les locataires à appeler.</source>
        <translation>Choisissez la recherche enregistrée qui désigne les locataires à appeler.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="87" />
        <source>La fin prévue doit suivre le début de la campagne.</source>
        <translation>La fin prévue doit suivre le début de la campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="91" />
        <source>Une campagne dure au plus {days} jours.</source>
        <translation>Une campagne dure au plus {days} jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="96" />
        <source>Âge minimal : de {low} à {high} ans.</source>
        <translation>Âge minimal : de {low} à {high} ans.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="164" />
        <source>Cette fiche est close ({state}) : elle n'attend plus d'appel.</source>
        <translation>Cette fiche est close ({state}) : elle n'attend plus d'appel.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="170" />
        <source>Indiquez l'étape.</source>
        <translation>Indiquez l'étape.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="174" />
        <source>Personne n'a été joint : seule la date de rappel peut être indiquée, l'escalade suit son cours.</source>
        <translation>Personne n'a été joint : seule la date de rappel peut être indiquée, l'escalade suit son cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="182" />
        <source>Personne n'a été joint : le besoin d'aide n'est pas connu.</source>
        <translation>Personne n'a été joint : le besoin d'aide n'est pas connu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="188" />
        <source>Une fiche ne se clôt que sur une information obtenue auprès de quelqu'un.</source>
        <translation>Une fiche ne se clôt que sur une information obtenue auprès de quelqu'un.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="196" />
        <source>Numéro erroné et personne jointe : choisissez l'un ou l'autre.</source>
        <translation>Numéro erroné et personne jointe : choisissez l'un ou l'autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="207" />
        <source>Une fiche close n'a pas d'autre action à suivre.</source>
        <translation>Une fiche close n'a pas d'autre action à suivre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="212" />
        <source>Indiquez la date du rappel.</source>
        <translation>Indiquez la date du rappel.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="216" />
        <source>La date du rappel doit être comprise entre le jour de l'appel et la fin prévue de la campagne.</source>
        <translation>La date du rappel doit être comprise entre le jour de l'appel et la fin prévue de la campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="224" />
        <source>Une date n'est attendue que pour un rappel.</source>
        <translation>Une date n'est attendue que pour un rappel.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="353" />
        <source>Une orientation « {current} » ne peut pas passer à « {new} ».</source>
        <translation>Une orientation « {current} » ne peut pas passer à « {new} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/figures.py" line="152" />
        <source>(non attribuées)</source>
        <translation>(non attribuées)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="51" />
        <source>Retiré</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="53" />
        <source>Terminé</source>
        <extracomment>The deposit was returned: nothing left to follow.</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="62" />
        <source>Report du départ (convention d'occupation temporaire)</source>
        <extracomment>Departure postponed by a temporary occupation agreement.</extracomment>
        <translation>Report du départ (convention d'occupation temporaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="67" />
        <source>Remise des clés sans état des lieux</source>
        <extracomment>Keys returned without exit inventory (letter box, LRAR); inventory later.</extracomment>
        <translation>Remise des clés sans état des lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="72" />
        <location filename="../../desktop/domain/timeline.py" line="37" />
        <source>Préavis réduit accordé sans justificatif</source>
        <extracomment>Reduced notice granted although the proof is missing.</extracomment>
        <translation>Préavis réduit accordé sans justificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="77" />
        <location filename="../../desktop/domain/timeline.py" line="38" />
        <source>Préavis réduit refusé</source>
        <extracomment>Reduced notice refused: the ground or its proof is not accepted (3 months).</extracomment>
        <translation>Préavis réduit refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="79" />
        <location filename="../../desktop/domain/timeline.py" line="41" />
        <source>Retrait du congé</source>
        <translation>Retrait du congé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="83" />
        <location filename="../../desktop/domain/plans.py" line="100" />
        <source>Remise en main propre</source>
        <translation>Remise en main propre</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="84" />
        <source>Envoi en recommandé avec accusé de réception</source>
        <translation>Envoi en recommandé avec accusé de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="85" />
        <source>Dépôt en boîte aux lettres</source>
        <translation>Dépôt en boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="145" />
        <location filename="../../desktop/services/campaigns/calls.py" line="421" />
        <location filename="../../desktop/services/notices/workflow.py" line="325" />
        <location filename="../../desktop/services/notices/workflow.py" line="500" />
        <location filename="../../desktop/services/notices/workflow.py" line="661" />
        <location filename="../../desktop/services/notices/workflow.py" line="782" />
        <location filename="../../desktop/services/plans/breach.py" line="88" />
        <location filename="../../desktop/services/plans/editing.py" line="227" />
        <source>La date ne peut pas être dans le futur.</source>
        <extracomment>First presentation of the registered letter (kept apart from the receipt: the effect of an unclaimed letter is UNCONFIRMED). Date the proof of the ground arrived; ``None`` while it is missing.</extracomment>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="148" />
        <source>Choisissez le mode de remise du congé.</source>
        <translation>Choisissez le mode de remise du congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="153" />
        <location filename="../../desktop/services/notices/common.py" line="401" />
        <source>La date de réception du congé est obligatoire.</source>
        <extracomment>The columns of a notice in its audit snapshots: the entry (``NoticeInput``'s fields), what is computed from it, the exit and the deposit.</extracomment>
        <translation>La date de réception du congé est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="159" />
        <source>Le congé ne peut pas précéder le début du bail ({date}).</source>
        <translation>Le congé ne peut pas précéder le début du bail ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="169" />
        <source>L'envoi ne peut pas être postérieur à la réception.</source>
        <translation>L'envoi ne peut pas être postérieur à la réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="174" />
        <source>La présentation ne peut pas précéder l'envoi.</source>
        <translation>La présentation ne peut pas précéder l'envoi.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="178" />
        <source>La présentation ne peut pas être postérieure à la réception.</source>
        <translation>La présentation ne peut pas être postérieure à la réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="188" />
        <source>Le départ demandé ne peut pas précéder la réception du congé.</source>
        <translation>Le départ demandé ne peut pas précéder la réception du congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="193" />
        <source>Motif inconnu.</source>
        <translation>Motif inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="196" />
        <source>Le bail n'indique pas un logement en zone tendue : cochez « zone tendue » sur le bail du dossier ou choisissez un autre motif.</source>
        <translation>Le bail n'indique pas un logement en zone tendue : cochez « zone tendue » sur le bail du dossier ou choisissez un autre motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="207" />
        <source>Le justificatif ne peut pas précéder le début du bail.</source>
        <translation>Le justificatif ne peut pas précéder le début du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="231" />
        <source>Indiquez le motif de la décision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="235" />
        <source>Indiquez qui a décidé.</source>
        <translation>Indiquez qui a décidé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="312" />
        <source>Justificatif reçu le {date} : {document}</source>
        <extracomment>The reduced end date while the proof is missing (``None`` otherwise). Last day of occupation: the end date, or the postponed departure.</extracomment>
        <translation>Justificatif reçu le {date} : {document}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="331" />
        <source>Préavis réduit refusé par {who} le {decided} (motif : {reason}) : préavis de {months} mois, fin du préavis le {end}</source>
        <translation>Préavis réduit refusé par {who} le {decided} (motif : {reason}) : préavis de {months} mois, fin du préavis le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="345" />
        <source>Préavis réduit de {months} mois accordé sans justificatif par {who} le {decided} (motif : {reason}) : fin du préavis le {end}</source>
        <translation>Préavis réduit de {months} mois accordé sans justificatif par {who} le {decided} (motif : {reason}) : fin du préavis le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="359" />
        <source>Départ reporté au {date} par convention d'occupation temporaire, décision de {who} le {decided} (motif : {reason}) ; indemnité d'occupation due jusqu'au départ</source>
        <translation>Départ reporté au {date} par convention d'occupation temporaire, décision de {who} le {decided} (motif : {reason}) ; indemnité d'occupation due jusqu'au départ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="417" />
        <source>Dépôt de garantie restitué le {date}, après l'échéance du {due} : pénalité de retard de {amount}</source>
        <extracomment>Late penalty: due so far (deposit not returned) or owed (returned late).</extracomment>
        <translation>Dépôt de garantie restitué le {date}, après l'échéance du {due} : pénalité de retard de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="432" />
        <source>Dépôt de garantie en retard : à restituer au plus tard le {due} ; pénalité de {amount} à ce jour (10 % du loyer par mois commencé)</source>
        <translation>Dépôt de garantie en retard : à restituer au plus tard le {due} ; pénalité de {amount} à ce jour (10 % du loyer par mois commencé)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="448" />
        <source>Dépôt de garantie à restituer au plus tard le {due} (dans {n} jour)</source>
        <translation>Dépôt de garantie à restituer au plus tard le {due} (dans {n} jour)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="452" />
        <source>Dépôt de garantie à restituer au plus tard le {due} (dans {n} jours)</source>
        <translation>Dépôt de garantie à restituer au plus tard le {due} (dans {n} jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/notice_case.py" line="456" />
        <source>Dépôt de garantie à restituer au plus tard aujourd'hui, le {due}</source>
        <translation>Dépôt de garantie à restituer au plus tard aujourd'hui, le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="58" />
        <source>Respecté</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="59" />
        <source>Défaillant</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="60" />
        <source>Caduc</source>
        <translation>Caduc</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="61" />
        <source>Soldé</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="75" />
        <source>Lettre de relance</source>
        <translation>Lettre de relance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="78" />
        <source>Notification de défaillance du plan</source>
        <translation>Notification de défaillance du plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="82" />
        <source>Signalement du non-respect du plan à l'organisme payeur (CAF/MSA)</source>
        <translation>Signalement du non-respect du plan à l'organisme payeur (CAF/MSA)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="86" />
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
        <location filename="../../desktop/services/caleol/commissions.py" line="201" />
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="98" />
        <source>Plateforme en ligne</source>
        <translation>Plateforme en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="133" />
        <source>Un plan au statut « {current} » ne peut pas passer au statut « {new} ».</source>
        <translation>Un plan au statut « {current} » ne peut pas passer au statut « {new} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="193" />
        <location filename="../../desktop/domain/schedule.py" line="77" />
        <location filename="../../desktop/domain/tenant.py" line="174" />
        <location filename="../../desktop/services/plans/payments.py" line="50" />
        <source>Le montant n'est pas un nombre.</source>
        <translation>Le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="195" />
        <location filename="../../desktop/domain/schedule.py" line="79" />
        <location filename="../../desktop/services/plans/payments.py" line="52" />
        <source>Le montant doit être positif.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="197" />
        <location filename="../../desktop/domain/schedule.py" line="81" />
        <location filename="../../desktop/domain/tenant.py" line="178" />
        <location filename="../../desktop/services/plans/payments.py" line="55" />
        <source>Le montant a plus de deux décimales.</source>
        <translation>Le montant a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="200" />
        <location filename="../../desktop/domain/schedule.py" line="84" />
        <source>Le montant ne peut pas dépasser {max}.</source>
        <translation>Le montant ne peut pas dépasser {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="235" />
        <source>Type d'accord inconnu.</source>
        <translation>Type d'accord inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="252" />
        <source>Indiquez la date à laquelle la dette est arrêtée.</source>
        <translation>Indiquez la date à laquelle la dette est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="256" />
        <source>La date à laquelle la dette est arrêtée n'est pas plausible.</source>
        <translation>La date à laquelle la dette est arrêtée n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="262" />
        <source>La dette doit être arrêtée au plus tard à la date de début du plan ({date}).</source>
        <translation>La dette doit être arrêtée au plus tard à la date de début du plan ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="269" />
        <source>Organisme payeur inconnu.</source>
        <translation>Organisme payeur inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="282" />
        <source>Le nombre d'échéances impayées doit être compris entre 0 et {max}.</source>
        <translation>Le nombre d'échéances impayées doit être compris entre 0 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="289" />
        <source>Choisissez au moins une règle de défaillance : un nombre d'échéances impayées, ou le loyer courant impayé.</source>
        <translation>Choisissez au moins une règle de défaillance : un nombre d'échéances impayées, ou le loyer courant impayé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="297" />
        <source>Pour détecter un loyer courant impayé, les règlements enregistrés doivent comprendre le loyer courant.</source>
        <translation>Pour détecter un loyer courant impayé, les règlements enregistrés doivent comprendre le loyer courant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="305" />
        <source>Le délai de tolérance doit être compris entre 0 et {max} jours.</source>
        <translation>Le délai de tolérance doit être compris entre 0 et {max} jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="321" />
        <source>Un protocole rétablit l'aide au logement : indiquez la CAF ou la MSA.</source>
        <translation>Un protocole rétablit l'aide au logement : indiquez la CAF ou la MSA.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="327" />
        <source>Un protocole suppose un jugement de résiliation du bail : indiquez sa date.</source>
        <translation>Un protocole suppose un jugement de résiliation du bail : indiquez sa date.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="334" />
        <source>Le jugement doit précéder le début du protocole ({date}).</source>
        <translation>Le jugement doit précéder le début du protocole ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="341" />
        <location filename="../../desktop/services/plans/breach.py" line="229" />
        <source>Indiquez la date de fin du protocole.</source>
        <translation>Indiquez la date de fin du protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="347" />
        <source>La fin du protocole doit suivre son début ({date}).</source>
        <translation>La fin du protocole doit suivre son début ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="354" />
        <source>Un protocole dure au plus 2 ans : fin le {date} au plus tard.</source>
        <translation>Un protocole dure au plus 2 ans : fin le {date} au plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="361" />
        <source>Le nouveau bail doit être signé dans un délai de 1 à {max} mois.</source>
        <translation>Le nouveau bail doit être signé dans un délai de 1 à {max} mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="385" />
        <source>Indiquez la date de signature de l'avenant.</source>
        <translation>Indiquez la date de signature de l'avenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="389" />
        <source>Indiquez la nouvelle date de fin du protocole.</source>
        <translation>Indiquez la nouvelle date de fin du protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="393" />
        <location filename="../../desktop/services/plans/breach.py" line="235" />
        <source>L'avenant doit prolonger le protocole au-delà du {date}.</source>
        <translation>L'avenant doit prolonger le protocole au-delà du {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="400" />
        <source>Un avenant prolonge le protocole de 3 ans au plus : fin le {date} au plus tard.</source>
        <translation>Un avenant prolonge le protocole de 3 ans au plus : fin le {date} au plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="425" />
        <source>Sans dette, un protocole ne comporte pas d'échéancier.</source>
        <translation>Sans dette, un protocole ne comporte pas d'échéancier.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="439" />
        <source>La première échéance ({date}) précède le début du plan ({start}).</source>
        <translation>La première échéance ({date}) précède le début du plan ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="450" />
        <source>La dernière échéance ({date}) tombe après la fin du protocole ({end}).</source>
        <translation>La dernière échéance ({date}) tombe après la fin du protocole ({end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="476" />
        <source>Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait {amount}. Réduisez les autres échéances ou ajoutez-en une.</source>
        <translation>Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait {amount}. Réduisez les autres échéances ou ajoutez-en une.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="496" />
        <source>payée</source>
        <translation>payée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="497" />
        <location filename="../../desktop/services/notices/listing.py" line="182" />
        <source>en retard</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="498" />
        <source>à venir</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="720" />
        <source>dès qu'une échéance reste impayée</source>
        <translation>dès qu'une échéance reste impayée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="721" />
        <source>dès que {n} échéances restent impayées</source>
        <translation>dès que {n} échéances restent impayées</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="726" />
        <source>1 échéance impayée, du {date} ; le plan est considéré comme non respecté {rule}.</source>
        <translation>1 échéance impayée, du {date} ; le plan est considéré comme non respecté {rule}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="738" />
        <source>{count} échéances impayées, la plus ancienne du {date} ; le plan est considéré comme non respecté {rule}.</source>
        <translation>{count} échéances impayées, la plus ancienne du {date} ; le plan est considéré comme non respecté {rule}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="752" />
        <source>Loyer courant impayé (échéance du {date}, reste dû {amount}).</source>
        <translation>Loyer courant impayé (échéance du {date}, reste dû {amount}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="807" />
        <source>Indiquez la date d'assignation envisagée.</source>
        <translation>Indiquez la date d'assignation envisagée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="815" />
        <source>La CCAPEX a été saisie le {referred} : l'assignation ne peut intervenir qu'au moins 2 mois après, le {date} au plus tôt.</source>
        <translation>La CCAPEX a été saisie le {referred} : l'assignation ne peut intervenir qu'au moins 2 mois après, le {date} au plus tôt.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="821" />
        <source>La CCAPEX doit être saisie au moins 2 mois avant l'assignation : sans saisine à ce jour, l'assignation ne peut intervenir avant le {date}.</source>
        <translation>La CCAPEX doit être saisie au moins 2 mois avant l'assignation : sans saisine à ce jour, l'assignation ne peut intervenir avant le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/common.py" line="178" />
        <location filename="../../desktop/domain/campaign/common.py" line="191" />
        <location filename="../../desktop/domain/plans.py" line="871" />
        <source>Aucune</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="873" />
        <source>Plan caduc : reprendre le recouvrement ou proposer un nouveau plan</source>
        <translation>Plan caduc : reprendre le recouvrement ou proposer un nouveau plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="878" />
        <source>Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan</source>
        <translation>Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="882" />
        <source>Proposer un plan d'apurement</source>
        <translation>Proposer un plan d'apurement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="883" />
        <source>Envoyer la proposition de plan</source>
        <translation>Envoyer la proposition de plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="884" />
        <source>Faire signer le plan</source>
        <translation>Faire signer le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="886" />
        <source>Plan défaillant : décider régularisation, caducité ou contentieux</source>
        <translation>Plan défaillant : décider régularisation, caducité ou contentieux</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="930" />
        <source>Relancer : échéance du {date} impayée</source>
        <translation>Relancer : échéance du {date} impayée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="938" />
        <source>Suivre l'échéance du {date}</source>
        <translation>Suivre l'échéance du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="890" />
        <source>Suivre le plan</source>
        <translation>Suivre le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="125" />
        <source>Indiquez soit le nombre d'échéances, soit le montant de la mensualité.</source>
        <translation>Indiquez soit le nombre d'échéances, soit le montant de la mensualité.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="132" />
        <source>Le nombre d'échéances doit être compris entre 1 et {max}.</source>
        <translation>Le nombre d'échéances doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="145" />
        <source>Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.</source>
        <translation>Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="155" />
        <source>Le jour d'échéance doit être compris entre 1 et 31.</source>
        <translation>Le jour d'échéance doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="245" />
        <location filename="../../desktop/domain/schedule.py" line="158" />
        <source>La date de début est obligatoire.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="248" />
        <location filename="../../desktop/domain/schedule.py" line="160" />
        <source>La date de début n'est pas plausible.</source>
        <translation>La date de début n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="188" />
        <source>L'échéancier ne comporte aucune échéance.</source>
        <translation>L'échéancier ne comporte aucune échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="194" />
        <source>Échéance n° {number} : le montant n'est pas un nombre.</source>
        <translation>Échéance n° {number} : le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="203" />
        <source>Échéance n° {number} : le montant doit être positif ({amount}).</source>
        <translation>Échéance n° {number} : le montant doit être positif ({amount}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="214" />
        <source>Échéance n° {number} : le montant a plus de deux décimales.</source>
        <translation>Échéance n° {number} : le montant a plus de deux décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="223" />
        <source>Échéance n° {number} : sa date ({date}) doit être postérieure à celle de l'échéance précédente ({previous}).</source>
        <translation>Échéance n° {number} : sa date ({date}) doit être postérieure à celle de l'échéance précédente ({previous}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="241" />
        <source>Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).</source>
        <translation>Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="246" />
        <source>Le total des échéances ({total}) dépasse de {difference} la dette ({debt}).</source>
        <translation>Le total des échéances ({total}) dépasse de {difference} la dette ({debt}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="165" />
        <source>isolé</source>
        <translation>isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="166" />
        <source>handicap</source>
        <translation>handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="167" />
        <source>plus de 70 ans</source>
        <translation>plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="191" />
        <location filename="../../desktop/domain/tenant.py" line="172" />
        <location filename="../../desktop/ui/widgets/form.py" line="265" />
        <source>Le montant est obligatoire.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="180" />
        <source>Le montant ne peut pas être négatif.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="176" />
        <location filename="../../desktop/services/plans/payments.py" line="58" />
        <location filename="../../desktop/services/tabular.py" line="510" />
        <source>Le montant est trop élevé.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="202" />
        <location filename="../../desktop/services/tabular.py" line="538" />
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/errors.py" line="22" />
        <source>La saisie comporte {n} erreur.</source>
        <translation>La saisie comporte {n} erreur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/errors.py" line="23" />
        <source>La saisie comporte {n} erreurs.</source>
        <translation>La saisie comporte {n} erreurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/errors.py" line="35" />
        <location filename="../../desktop/services/accounts.py" line="184" />
        <location filename="../../desktop/services/campaigns/calls.py" line="127" />
        <location filename="../../desktop/services/campaigns/calls.py" line="316" />
        <location filename="../../desktop/services/importer.py" line="623" />
        <location filename="../../desktop/services/importer.py" line="690" />
        <location filename="../../desktop/services/plans/breach.py" line="94" />
        <location filename="../../desktop/services/plans/editing.py" line="223" />
        <location filename="../../desktop/services/plans/payments.py" line="77" />
        <location filename="../../desktop/services/saved_queries.py" line="85" />
        <location filename="../../desktop/services/tenants.py" line="1142" />
        <source>{max} caractères au plus.</source>
        <translation>{max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="207" />
        <location filename="../../desktop/services/accounts.py" line="188" />
        <source>Ce champ contient des caractères invisibles qui inversent le sens de l'écriture ({codes}) : retirez-les.</source>
        <translation>Ce champ contient des caractères invisibles qui inversent le sens de l'écriture ({codes}) : retirez-les.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="216" />
        <source>Ce champ contient des caractères de contrôle (tabulation, saut de ligne...).</source>
        <translation>Ce champ contient des caractères de contrôle (tabulation, saut de ligne...).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="223" />
        <source>Ce champ ne peut pas commencer par =, +, - ou @ (formule de tableur).</source>
        <translation>Ce champ ne peut pas commencer par =, +, - ou @ (formule de tableur).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="236" />
        <source>Le ménage doit compter au moins un occupant.</source>
        <translation>Le ménage doit compter au moins un occupant.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="240" />
        <source>{max} occupants au plus.</source>
        <translation>{max} occupants au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="244" />
        <source>Au moins un occupant doit être titulaire du bail.</source>
        <translation>Au moins un occupant doit être titulaire du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="251" />
        <source>Civilité inconnue.</source>
        <translation>Civilité inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="255" />
        <source>La date de naissance est dans le futur.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="259" />
        <source>La date de naissance est antérieure à 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="263" />
        <source>Numéro de téléphone invalide (ex. 05 56 12 34 56).</source>
        <translation>Numéro de téléphone invalide (ex. 05 56 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="270" />
        <source>Adresse e-mail invalide.</source>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="275" />
        <location filename="../../desktop/services/plans/breach.py" line="85" />
        <location filename="../../desktop/services/plans/payments.py" line="60" />
        <location filename="../../desktop/ui/widgets/form.py" line="263" />
        <source>La date est obligatoire.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="278" />
        <source>La date de début du bail n'est pas plausible.</source>
        <translation>La date de début du bail n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="292" />
        <source>Le code postal compte cinq chiffres.</source>
        <translation>Le code postal compte cinq chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="296" />
        <source>Type de logement attendu : T1 à T6.</source>
        <translation>Type de logement attendu : T1 à T6.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="300" />
        <source>La surface doit être comprise entre 5 et 400 m².</source>
        <translation>La surface doit être comprise entre 5 et 400 m².</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="304" />
        <source>L'étage doit être compris entre -3 et 60.</source>
        <translation>L'étage doit être compris entre -3 et 60.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/tenant.py" line="307" />
        <source>Choisissez une agence.</source>
        <translation>Choisissez une agence.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="42" />
        <source>Code d'agence : 1 à 20 caractères.</source>
        <translation>Code d'agence : 1 à 20 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="46" />
        <source>Nom d'agence : 1 à 120 caractères.</source>
        <translation>Nom d'agence : 1 à 120 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="54" />
        <source>Le nom et la ville ne peuvent pas commencer par =, +, - ou @.</source>
        <translation>Le nom et la ville ne peuvent pas commencer par =, +, - ou @.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/agencies.py" line="63" />
        <source>Ce code d'agence existe déjà.</source>
        <translation>Ce code d'agence existe déjà.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/database.py" line="72" />
        <source>La base contient déjà un dossier : la base de démonstration ne peut être générée que dans une base vide.</source>
        <translation>La base contient déjà un dossier : la base de démonstration ne peut être générée que dans une base vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/database.py" line="77" />
        <source>La base contient déjà {files} dossiers : la base de démonstration ne peut être générée que dans une base vide.</source>
        <translation>La base contient déjà {files} dossiers : la base de démonstration ne peut être générée que dans une base vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/database.py" line="285" />
        <source>Nombre de ménages attendu : de 1 à {max}.</source>
        <translation>Nombre de ménages attendu : de 1 à {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/database.py" line="315" />
        <source>Plus de 70 ans</source>
        <extracomment>Saved searches of the demo base: the target of a vigilance campaign (issue 8).</extracomment>
        <translation>Plus de 70 ans</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/common.py" line="144" />
        <source>La version {version} de la grille de {epci} existe déjà.</source>
        <translation>La version {version} de la grille de {epci} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/common.py" line="168" />
        <location filename="../../desktop/services/cotation/grids.py" line="116" />
        <source>La grille a été modifiée sur un autre poste : rechargez-la.</source>
        <translation>La grille a été modifiée sur un autre poste : rechargez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/grids.py" line="65" />
        <location filename="../../desktop/services/cotation/grids.py" line="112" />
        <location filename="../../desktop/services/cotation/grids.py" line="164" />
        <source>Cette grille n'existe plus.</source>
        <translation>Cette grille n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/grids.py" line="87" />
        <source>Cette version de grille vient d'être créée sur un autre poste.</source>
        <translation>Cette version de grille vient d'être créée sur un autre poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/grids.py" line="125" />
        <source>Cette version a servi à coter {count} : elle ne peut plus changer. Créez une nouvelle version.</source>
        <translation>Cette version a servi à coter {count} : elle ne peut plus changer. Créez une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/grids.py" line="169" />
        <source>Seule la dernière version (v{version}) d'une grille peut être prolongée par une nouvelle.</source>
        <translation>Seule la dernière version (v{version}) d'une grille peut être prolongée par une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/grid_files.py" line="165" />
        <location filename="../../desktop/services/cotation/grid_files.py" line="207" />
        <source>Choisissez un fichier .json ou .xlsx pour la grille.</source>
        <translation>Choisissez un fichier .json ou .xlsx pour la grille.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/grid_files.py" line="192" />
        <location filename="../../desktop/services/cotation/grid_files.py" line="201" />
        <location filename="../../desktop/services/tabular.py" line="74" />
        <source>Impossible de lire le fichier « {name} ».</source>
        <translation>Impossible de lire le fichier « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="122" />
        <source>Aucune grille de cotation de « {epci} » en vigueur le {on}.</source>
        <translation>Aucune grille de cotation de « {epci} » en vigueur le {on}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="167" />
        <location filename="../../desktop/services/cotation/scores.py" line="304" />
        <source>La séance n° {number} est verrouillée par son procès-verbal signé : la cotation ne peut plus changer.</source>
        <translation>La séance n° {number} est verrouillée par son procès-verbal signé : la cotation ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="180" />
        <source>Ce candidat n'existe plus.</source>
        <translation>Ce candidat n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="211" />
        <source>Un critère saisi à la main demande un motif.</source>
        <translation>Un critère saisi à la main demande un motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="215" />
        <source>Motif : 500 caractères au plus.</source>
        <translation>Motif : 500 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="223" />
        <source>La cotation du registre est un nombre de points.</source>
        <translation>La cotation du registre est un nombre de points.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="255" />
        <source>Critère « {code} » absent des grilles.</source>
        <translation>Critère « {code} » absent des grilles.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="100" />
        <source>Logement</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="132" />
        <source>Indiquez pourquoi le refus est ou n'est pas fondé sur un motif légitime.</source>
        <translation>Indiquez pourquoi le refus est ou n'est pas fondé sur un motif légitime.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="140" />
        <source>Le numéro unique du demandeur est obligatoire.</source>
        <translation>Le numéro unique du demandeur est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="143" />
        <source>Indiquez la date du refus.</source>
        <translation>Indiquez la date du refus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="146" />
        <source>La date du refus ne peut pas être dans le futur.</source>
        <translation>La date du refus ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="159" />
        <source>Le logement proposé à {name} n'a pas été refusé : il n'y a pas de refus à qualifier.</source>
        <translation>Le logement proposé à {name} n'a pas été refusé : il n'y a pas de refus à qualifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="212" />
        <source>Indiquez pourquoi ce refus est retiré.</source>
        <translation>Indiquez pourquoi ce refus est retiré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="218" />
        <source>Ce refus n'existe plus.</source>
        <translation>Ce refus n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/scores.py" line="300" />
        <source>Cette séance n'existe plus.</source>
        <translation>Cette séance n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="62" />
        <source>Demande n° {number} — {name}</source>
        <translation>Demande n° {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="66" />
        <source>Grille : {grid}</source>
        <translation>Grille : {grid}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="67" />
        <source>Critères et pondérations :</source>
        <translation>Critères et pondérations :</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="72" />
        <source>Cotation de la demande : {points}</source>
        <translation>Cotation de la demande : {points}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="84" />
        <source>Position : {position} ; aucune autre demande comparable (même territoire, même typologie)</source>
        <translation>Position : {position} ; aucune autre demande comparable (même territoire, même typologie)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="95" />
        <source>Position parmi les {similar} demandes comparables (même territoire, même typologie) : {position}</source>
        <translation>Position parmi les {similar} demandes comparables (même territoire, même typologie) : {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="107" />
        <source>Ancienneté moyenne de ces demandes : {months} mois</source>
        <translation>Ancienneté moyenne de ces demandes : {months} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="117" />
        <source>{points} par mois</source>
        <translation>{points} par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="118" />
        <source>{points} par personne</source>
        <translation>{points} par personne</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="119" />
        <source>{points} par refus, pendant {months} mois</source>
        <translation>{points} par refus, pendant {months} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="136" />
        <source>{weight} (plafond {cap})</source>
        <translation>{weight} (plafond {cap})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/applicant.py" line="152" />
        <source>La demande n° {number} n'a pas encore de cotation : calculez les cotations de la séance.</source>
        <translation>La demande n° {number} n'a pas encore de cotation : calculez les cotations de la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="96" />
        <source>Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.</source>
        <translation>Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="106" />
        <source>Format de fichier non pris en charge (« {ext} ») : choisissez un fichier CSV ou Excel (.xlsx).</source>
        <translation>Format de fichier non pris en charge (« {ext} ») : choisissez un fichier CSV ou Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="195" />
        <location filename="../../desktop/services/cotation/grid_files.py" line="103" />
        <location filename="../../desktop/services/tabular.py" line="80" />
        <source>Le fichier « {name} » n'est pas un classeur Excel valide.</source>
        <translation>Le fichier « {name} » n'est pas un classeur Excel valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="125" />
        <source>Le fichier « {name} » est vide.</source>
        <translation>Le fichier « {name} » est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="218" />
        <location filename="../../desktop/services/tabular.py" line="128" />
        <source>Le fichier « {name} » ne contient aucune ligne après les en-têtes.</source>
        <translation>Le fichier « {name} » ne contient aucune ligne après les en-têtes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="150" />
        <source>Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en Windows-1252 (ANSI).</source>
        <translation>Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en Windows-1252 (ANSI).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="188" />
        <source>Fichier « {name} » illisible vers la ligne {line}.</source>
        <translation>Fichier « {name} » illisible vers la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="114" />
        <source>La commission n° {id} n'existe pas ou plus.</source>
        <translation>La commission n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="115" />
        <source>Le membre n° {id} n'existe pas ou plus.</source>
        <translation>Le membre n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="116" />
        <location filename="../../desktop/services/caleol/letters.py" line="257" />
        <source>La séance {id} n'existe pas ou plus.</source>
        <translation>La séance {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="117" />
        <source>Le point n° {id} de l'ordre du jour n'existe pas ou plus.</source>
        <translation>Le point n° {id} de l'ordre du jour n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="120" />
        <source>Le candidat n° {id} n'existe pas ou plus.</source>
        <translation>Le candidat n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="121" />
        <source>Le vote n° {id} n'existe pas ou plus.</source>
        <translation>Le vote n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="122" />
        <source>Le pouvoir n° {id} n'existe pas ou plus.</source>
        <translation>Le pouvoir n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="123" />
        <source>Le conflit d'intérêts n° {id} n'existe pas ou plus.</source>
        <translation>Le conflit d'intérêts n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="127" />
        <source>Le logement n° {id} n'existe pas ou plus.</source>
        <translation>Le logement n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/write.py" line="47" />
        <source>Ces données ont été modifiées depuis que vous les avez ouvertes. Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.</source>
        <extracomment>The conflict message when nobody can be named (the row could not be read again).</extracomment>
        <translation>Ces données ont été modifiées depuis que vous les avez ouvertes. Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/write.py" line="53" />
        <source>Ces données ont été modifiées par {user} le {date} à {time} depuis que vous les avez ouvertes. Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.</source>
        <extracomment>The conflict message naming who changed the row and when ({user}, {date}, {time}).</extracomment>
        <translation>Ces données ont été modifiées par {user} le {date} à {time} depuis que vous les avez ouvertes. Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="133" />
        <source>La séance {number} est verrouillée par son procès-verbal signé : elle ne peut plus être modifiée.</source>
        <translation>La séance {number} est verrouillée par son procès-verbal signé : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="183" />
        <source>{field} : saisie obligatoire.</source>
        <translation>{field} : saisie obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="204" />
        <source>{field} : caractères invisibles ou de contrôle ({codes}) : retirez-les.</source>
        <translation>{field} : caractères invisibles ou de contrôle ({codes}) : retirez-les.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="214" />
        <source>{field} : {limit} caractères au plus.</source>
        <translation>{field} : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="254" />
        <source>{field} : montant invalide.</source>
        <translation>{field} : montant invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="259" />
        <source>{field} : montant positif attendu.</source>
        <translation>{field} : montant positif attendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="264" />
        <source>{field} : deux décimales au plus.</source>
        <translation>{field} : deux décimales au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="752" />
        <source>Le quorum n'est pas atteint : votes et décisions sont bloqués.</source>
        <extracomment>titular id -&gt; the substitute taking part in his place</extracomment>
        <translation>Le quorum n'est pas atteint : votes et décisions sont bloqués.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="761" />
        <source>Une séance physique a été demandée par {name} le {date}.</source>
        <translation>Une séance physique a été demandée par {name} le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="773" />
        <location filename="../../desktop/services/caleol/votes.py" line="116" />
        <source>La fenêtre de vote de la séance écrite n'est pas définie.</source>
        <translation>La fenêtre de vote de la séance écrite n'est pas définie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="782" />
        <source>{item} : {warning}</source>
        <translation>{item} : {warning}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="788" />
        <source>{item}, {candidate} : {warning}</source>
        <translation>{item}, {candidate} : {warning}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="69" />
        <source>Nom de la commission</source>
        <translation>Nom de la commission</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="70" />
        <source>Territoire</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="97" />
        <source>Le quorum porte sur les 6 membres désignés : de 1 à 6.</source>
        <translation>Le quorum porte sur les 6 membres désignés : de 1 à 6.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="101" />
        <source>Nombre de pouvoirs par membre : de 0 à 5.</source>
        <translation>Nombre de pouvoirs par membre : de 0 à 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="108" />
        <source>La part minimale de participants à une séance dématérialisée doit être une fraction entre 0 et 1.</source>
        <translation>La part minimale de participants à une séance dématérialisée doit être une fraction entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="116" />
        <source>Une séance dématérialisée n'est valable que si la moitié au moins des membres y participe (ordonnance n° 2014-1329).</source>
        <translation>Une séance dématérialisée n'est valable que si la moitié au moins des membres y participe (ordonnance n° 2014-1329).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="124" />
        <source>Délai de réponse à une offre : de {min} à 60 jours.</source>
        <translation>Délai de réponse à une offre : de {min} à 60 jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="128" />
        <source>Agence inconnue.</source>
        <translation>Agence inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="135" />
        <source>Une commission porte déjà le nom « {name} ».</source>
        <translation>Une commission porte déjà le nom « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="212" />
        <source>Qualité du membre inconnue.</source>
        <translation>Qualité du membre inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="28" />
        <source>Création du dossier</source>
        <translation>Création du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="29" />
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="30" />
        <source>Clôture du dossier</source>
        <translation>Clôture du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="31" />
        <source>Réouverture</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="32" />
        <source>Import depuis l'ERP</source>
        <translation>Import depuis l'ERP</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="34" />
        <source>Congé reçu</source>
        <translation>Congé reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="35" />
        <source>Congé modifié</source>
        <translation>Congé modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="36" />
        <source>Justificatif du préavis réduit reçu</source>
        <translation>Justificatif du préavis réduit reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="39" />
        <source>Report du départ</source>
        <translation>Report du départ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="40" />
        <source>Clés rendues sans état des lieux</source>
        <translation>Clés rendues sans état des lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="42" />
        <source>Sortie : état des lieux et clés</source>
        <translation>Sortie : état des lieux et clés</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="43" />
        <source>Dépôt de garantie restitué</source>
        <translation>Dépôt de garantie restitué</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="45" />
        <source>Accord de paiement créé</source>
        <translation>Accord de paiement créé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="46" />
        <source>Accord de paiement modifié</source>
        <translation>Accord de paiement modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="47" />
        <source>Accord : changement de statut</source>
        <translation>Accord : changement de statut</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="48" />
        <source>Règlement saisi</source>
        <translation>Règlement saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="49" />
        <source>Règlement supprimé</source>
        <translation>Règlement supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="50" />
        <source>Règlements importés</source>
        <translation>Règlements importés</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="51" />
        <source>Accord défaillant</source>
        <translation>Accord défaillant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="52" />
        <source>Accord soldé</source>
        <translation>Accord soldé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="53" />
        <source>Suite donnée à la défaillance</source>
        <translation>Suite donnée à la défaillance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="54" />
        <source>Avenant au protocole</source>
        <translation>Avenant au protocole</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="55" />
        <source>Assignation envisagée</source>
        <translation>Assignation envisagée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="57" />
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="59" />
        <source>Examen de l'occupation inscrit en CALEOL</source>
        <translation>Examen de l'occupation inscrit en CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="62" />
        <source>Avis de la CALEOL sur l'occupation</source>
        <translation>Avis de la CALEOL sur l'occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="64" />
        <source>Anonymisation du dossier</source>
        <translation>Anonymisation du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="69" />
        <source>Début du bail</source>
        <translation>Début du bail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="72" />
        <source>Zone tendue</source>
        <translation>Zone tendue</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="78" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="79" />
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="85" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="86" />
        <source>Ménage isolé</source>
        <translation>Ménage isolé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="87" />
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="89" />
        <location filename="../../desktop/services/caleol/agenda.py" line="385" />
        <location filename="../../desktop/services/caleol/commissions.py" line="196" />
        <location filename="../../desktop/services/importer.py" line="75" />
        <location filename="../../desktop/services/sne.py" line="104" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="97" />
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="90" />
        <location filename="../../desktop/services/caleol/agenda.py" line="386" />
        <location filename="../../desktop/services/caleol/commissions.py" line="197" />
        <location filename="../../desktop/services/importer.py" line="76" />
        <location filename="../../desktop/services/sne.py" line="110" />
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="94" />
        <source>Titulaire</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="95" />
        <source>Handicap</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="88" />
        <location filename="../../desktop/services/caleol/agenda.py" line="384" />
        <location filename="../../desktop/services/caleol/commissions.py" line="198" />
        <location filename="../../desktop/services/importer.py" line="77" />
        <location filename="../../desktop/services/sne.py" line="115" />
        <source>Civilité</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="199" />
        <source>Organisme</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="226" />
        <source>Adresse électronique invalide.</source>
        <translation>Adresse électronique invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="229" />
        <source>Indiquez la commune du maire : il ne vote que pour les logements de sa commune, où il a voix prépondérante.</source>
        <translation>Indiquez la commune du maire : il ne vote que pour les logements de sa commune, où il a voix prépondérante.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="237" />
        <source>La fin du mandat précède son début.</source>
        <translation>La fin du mandat précède son début.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="246" />
        <source>Le mandat du représentant d'une association agréée est de 5 ans au plus (R441-9-1), renouvelable.</source>
        <translation>Le mandat du représentant d'une association agréée est de 5 ans au plus (R441-9-1), renouvelable.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="254" />
        <source>Le président est élu parmi les 6 membres désignés par le conseil.</source>
        <translation>Le président est élu parmi les 6 membres désignés par le conseil.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="262" />
        <source>Le membre suppléé doit appartenir à la même commission.</source>
        <translation>Le membre suppléé doit appartenir à la même commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="268" />
        <source>Un membre ne peut pas être son propre suppléant.</source>
        <translation>Un membre ne peut pas être son propre suppléant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="272" />
        <source>{name} est lui-même suppléant : choisissez le membre titulaire.</source>
        <translation>{name} est lui-même suppléant : choisissez le membre titulaire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="279" />
        <source>Un suppléant siège au même titre que le titulaire ({role}).</source>
        <translation>Un suppléant siège au même titre que le titulaire ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="286" />
        <source>Un suppléant ne peut pas être désigné président.</source>
        <translation>Un suppléant ne peut pas être désigné président.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="290" />
        <source>Compte utilisateur inconnu.</source>
        <translation>Compte utilisateur inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="350" />
        <source>Ce membre a déjà voté : sa qualité ne peut plus changer. Désactivez-le et ajoutez un nouveau membre.</source>
        <translation>Ce membre a déjà voté : sa qualité ne peut plus changer. Désactivez-le et ajoutez un nouveau membre.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/commissions.py" line="398" />
        <source>Le président est élu parmi les 6 membres désignés par le conseil, titulaires et en fonction.</source>
        <translation>Le président est élu parmi les 6 membres désignés par le conseil, titulaires et en fonction.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="97" />
        <source>Mode de séance inconnu.</source>
        <translation>Mode de séance inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="83" />
        <source>Numéro de séance</source>
        <translation>Numéro de séance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="84" />
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="85" />
        <source>Secrétaire de séance</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="115" />
        <source>Le président de séance doit être un membre de la commission.</source>
        <translation>Le président de séance doit être un membre de la commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="123" />
        <source>{name} ne peut pas suppléer le président : le suppléant est choisi parmi les membres en fonction désignés par le conseil d'administration.</source>
        <translation>{name} ne peut pas suppléer le président : le suppléant est choisi parmi les membres en fonction désignés par le conseil d'administration.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="136" />
        <source>L'heure de fin ({end}) doit suivre l'heure de début ({start}).</source>
        <translation>L'heure de fin ({end}) doit suivre l'heure de début ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="144" />
        <source>Indiquez la date de séance.</source>
        <translation>Indiquez la date de séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="155" />
        <source>Le règlement intérieur de la commission « {name} » ne prévoit pas de séance dématérialisée : la séance doit se tenir en présentiel.</source>
        <translation>Le règlement intérieur de la commission « {name} » ne prévoit pas de séance dématérialisée : la séance doit se tenir en présentiel.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="166" />
        <source>Décrivez les moyens techniques de la séance dématérialisée (outil, identification des participants).</source>
        <translation>Décrivez les moyens techniques de la séance dématérialisée (outil, identification des participants).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="174" />
        <source>Séance dématérialisée</source>
        <translation>Séance dématérialisée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="180" />
        <source>Une séance écrite doit indiquer l'ouverture et la clôture du vote.</source>
        <translation>Une séance écrite doit indiquer l'ouverture et la clôture du vote.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="186" />
        <source>La clôture du vote doit suivre son ouverture.</source>
        <translation>La clôture du vote doit suivre son ouverture.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="196" />
        <source>La séance n° {number} existe déjà pour cette commission.</source>
        <translation>La séance n° {number} existe déjà pour cette commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="213" />
        <source>La commission « {name} » n'est plus active.</source>
        <translation>La commission « {name} » n'est plus active.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="229" />
        <source>La séance n° {number} vient d'être créée sur un autre poste.</source>
        <translation>La séance n° {number} vient d'être créée sur un autre poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="292" />
        <source>La séance ne peut pas passer de l'état « {old} » à « {new} ».</source>
        <translation>La séance ne peut pas passer de l'état « {old} » à « {new} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="304" />
        <source>Des votes ou des décisions sont déjà enregistrés : la séance ne peut pas revenir en préparation.</source>
        <translation>Des votes ou des décisions sont déjà enregistrés : la séance ne peut pas revenir en préparation.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="326" />
        <source>Heure de fin de séance non renseignée : indiquez-la dans l'onglet Séance pour le procès-verbal.</source>
        <translation>Heure de fin de séance non renseignée : indiquez-la dans l'onglet Séance pour le procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="562" />
        <source>{name} détient déjà {count} : le règlement intérieur en autorise {max}.</source>
        <translation>{name} détient déjà {count} : le règlement intérieur en autorise {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="425" />
        <source>Plusieurs commissions ont une séance n° {number} : indiquez son identifiant ({ids}).</source>
        <translation>Plusieurs commissions ont une séance n° {number} : indiquez son identifiant ({ids}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="89" />
        <source>Financement</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="90" />
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="115" />
        <source>Code postal : 5 chiffres.</source>
        <translation>Code postal : 5 chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="118" />
        <source>Type de logement : T1 à T6.</source>
        <translation>Type de logement : T1 à T6.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="123" />
        <source>Surface invalide.</source>
        <translation>Surface invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="127" />
        <source>Étage invalide.</source>
        <translation>Étage invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="129" />
        <source>Logement inconnu.</source>
        <translation>Logement inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="228" />
        <source>Choisissez un logement ou saisissez sa fiche.</source>
        <extracomment>an agenda item's audit snapshot: its place, then the dwelling, then the household</extracomment>
        <translation>Choisissez un logement ou saisissez sa fiche.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="312" />
        <source>Des votes ou des décisions sont enregistrés pour ce logement : retirez-les avant de le retirer de l'ordre du jour.</source>
        <translation>Des votes ou des décisions sont enregistrés pour ce logement : retirez-les avant de le retirer de l'ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="337" />
        <source>L'ordre du jour a changé entre-temps : rechargez la séance.</source>
        <translation>L'ordre du jour a changé entre-temps : rechargez la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="399" />
        <source>Critère de priorité inconnu : « {code} ».</source>
        <translation>Critère de priorité inconnu : « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="417" />
        <location filename="../../desktop/services/sne.py" line="152" />
        <source>Ressources mensuelles</source>
        <translation>Ressources mensuelles</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="424" />
        <source>Reste à vivre par unité de consommation</source>
        <translation>Reste à vivre par unité de consommation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="433" />
        <source>Nombre d'adultes : de 1 à 20.</source>
        <translation>Nombre d'adultes : de 1 à 20.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="435" />
        <source>Nombre d'enfants : de 0 à 20.</source>
        <translation>Nombre d'enfants : de 0 à 20.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="439" />
        <source>Taux d'effort : pourcentage de 0 à 100.</source>
        <translation>Taux d'effort : pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="445" />
        <source>La date de la demande ne peut pas être dans le futur.</source>
        <translation>La date de la demande ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="476" />
        <source>Ce point est un examen de l'occupation : il n'a pas de candidats.</source>
        <translation>Ce point est un examen de l'occupation : il n'a pas de candidats.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="509" />
        <source>Le numéro unique {number} vient d'être ajouté à ce logement sur un autre poste.</source>
        <translation>Le numéro unique {number} vient d'être ajouté à ce logement sur un autre poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="550" />
        <source>Des votes ou une décision sont enregistrés pour {name} : retirez-les avant de retirer sa candidature.</source>
        <translation>Des votes ou une décision sont enregistrés pour {name} : retirez-les avant de retirer sa candidature.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="590" />
        <source>{name} a déjà voté sur ce point : supprimez son vote avant de noter le conflit d'intérêts.</source>
        <translation>{name} a déjà voté sur ce point : supprimez son vote avant de noter le conflit d'intérêts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="486" />
        <source>Le règlement intérieur ne prévoit pas de participation à distance.</source>
        <translation>Le règlement intérieur ne prévoit pas de participation à distance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="546" />
        <source>Un membre ne peut pas se donner pouvoir à lui-même.</source>
        <translation>Un membre ne peut pas se donner pouvoir à lui-même.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="550" />
        <source>Seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.</source>
        <translation>Seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="640" />
        <source>La séance se tient déjà en présentiel.</source>
        <translation>La séance se tient déjà en présentiel.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/sessions.py" line="664" />
        <source>Demande de séance physique de {name} enregistrée.</source>
        <translation>Demande de séance physique de {name} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="88" />
        <source>La séance n'est pas ouverte (état : {status}) : ouvrez-la pour enregistrer votes et décisions.</source>
        <translation>La séance n'est pas ouverte (état : {status}) : ouvrez-la pour enregistrer votes et décisions.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="106" />
        <source>Le quorum n'est pas atteint : la commission ne peut pas délibérer. {details}</source>
        <translation>Le quorum n'est pas atteint : la commission ne peut pas délibérer. {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="137" />
        <source>On ne vote que sur les attributions.</source>
        <translation>On ne vote que sur les attributions.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="140" />
        <source>Ce membre ne siège pas à la commission pour cette séance.</source>
        <translation>Ce membre ne siège pas à la commission pour cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="151" />
        <source>{name} a déclaré un conflit d'intérêts sur ce point : il ne prend pas part au vote.</source>
        <translation>{name} a déclaré un conflit d'intérêts sur ce point : il ne prend pas part au vote.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="163" />
        <source>{name} est suppléant : il ne vote qu'en l'absence du titulaire et s'il participe à la séance.</source>
        <translation>{name} est suppléant : il ne vote qu'en l'absence du titulaire et s'il participe à la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="172" />
        <source>Le titulaire suppléé par {name} a déjà voté sur ce candidat.</source>
        <translation>Le titulaire suppléé par {name} a déjà voté sur ce candidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="179" />
        <source>{name} ne participe pas à la séance (ni présent, ni à distance, ni représenté par un pouvoir valable).</source>
        <translation>{name} ne participe pas à la séance (ni présent, ni à distance, ni représenté par un pouvoir valable).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="188" />
        <source>Le suppléant de {name} a déjà voté sur ce candidat.</source>
        <translation>Le suppléant de {name} a déjà voté sur ce candidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="196" />
        <source>Vote du {at} hors de la fenêtre de vote de la séance écrite (du {opens} au {closes}).</source>
        <translation>Vote du {at} hors de la fenêtre de vote de la séance écrite (du {opens} au {closes}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="331" />
        <source>Un vote vient d'être enregistré sur un autre poste pour ce membre : rechargez la séance.</source>
        <translation>Un vote vient d'être enregistré sur un autre poste pour ce membre : rechargez la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="460" />
        <source>Le rang {rank} est déjà attribué à un autre candidat de ce logement.</source>
        <translation>Le rang {rank} est déjà attribué à un autre candidat de ce logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="518" />
        <source>Aucun vote n'est enregistré pour ce candidat.</source>
        <translation>Aucun vote n'est enregistré pour ce candidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="585" />
        <source>Aucune décision n'est enregistrée pour ce candidat.</source>
        <translation>Aucune décision n'est enregistrée pour ce candidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/votes.py" line="595" />
        <source>La notification ne peut pas précéder la séance.</source>
        <translation>La notification ne peut pas précéder la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="91" />
        <source>{n} vote importé</source>
        <extracomment>(line number, message); line 0: the whole file</extracomment>
        <translation>{n} vote importé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="92" />
        <source>{n} votes importés</source>
        <translation>{n} votes importés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="98" />
        <source>{n} erreur</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="99" />
        <source>{n} erreurs</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="109" />
        <source>Import des votes refusé : {count} dans « {name} », aucun vote n'a été importé.</source>
        <translation>Import des votes refusé : {count} dans « {name} », aucun vote n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="173" />
        <source>membre (nom ou courriel)</source>
        <translation>membre (nom ou courriel)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="174" />
        <source>référence du logement</source>
        <translation>référence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="175" />
        <source>numéro unique</source>
        <translation>numéro unique</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="177" />
        <source>horodatage</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="341" />
        <source>Colonnes introuvables : {columns} (en-têtes lus : {headers}).</source>
        <translation>Colonnes introuvables : {columns} (en-têtes lus : {headers}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="380" />
        <source>membre non indiqué.</source>
        <translation>membre non indiqué.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="384" />
        <source>membre « {name} » inconnu dans cette commission.</source>
        <translation>membre « {name} » inconnu dans cette commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="393" />
        <source>« {name} » désigne plusieurs membres : utilisez le courriel.</source>
        <translation>« {name} » désigne plusieurs membres : utilisez le courriel.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="404" />
        <source>numéro unique manquant.</source>
        <translation>numéro unique manquant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="414" />
        <source>aucun candidat n° {numero}{ref} à l'ordre du jour de la séance.</source>
        <translation>aucun candidat n° {numero}{ref} à l'ordre du jour de la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="425" />
        <source>le numéro unique {numero} est candidat sur plusieurs logements : indiquez la référence du logement.</source>
        <translation>le numéro unique {numero} est candidat sur plusieurs logements : indiquez la référence du logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="440" />
        <source>vote « {value} » illisible (POUR, CONTRE ou ABSTENTION).</source>
        <translation>vote « {value} » illisible (POUR, CONTRE ou ABSTENTION).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="452" />
        <source>horodatage « {value} » illisible (JJ/MM/AAAA HH:MM).</source>
        <translation>horodatage « {value} » illisible (JJ/MM/AAAA HH:MM).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="462" />
        <source>horodatage manquant : il est obligatoire pour une séance écrite.</source>
        <translation>horodatage manquant : il est obligatoire pour une séance écrite.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/vote_import.py" line="503" />
        <source>vote en double de {name} sur le candidat {numero} (déjà ligne {first}).</source>
        <translation>vote en double de {name} sur le candidat {numero} (déjà ligne {first}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="121" />
        <location filename="../../desktop/services/reports.py" line="109" />
        <source>Agence inconnue : « {code} ».</source>
        <translation>Agence inconnue : « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="207" />
        <source>Un occupant est signalé en situation de handicap : vérifier l'adaptation du logement.</source>
        <translation>Un occupant est signalé en situation de handicap : vérifier l'adaptation du logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="276" />
        <source>L'examen de l'occupation de {name} est déjà à l'ordre du jour de cette séance.</source>
        <translation>L'examen de l'occupation de {name} est déjà à l'ordre du jour de cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="313" />
        <source>Examen de l'occupation inscrit à la séance CALEOL n° {number} du {date} : {ground}</source>
        <translation>Examen de l'occupation inscrit à la séance CALEOL n° {number} du {date} : {ground}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="347" />
        <source>Ce point n'est pas un examen de l'occupation.</source>
        <translation>Ce point n'est pas un examen de l'occupation.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="360" />
        <source>Indiquez le constat de la commission.</source>
        <translation>Indiquez le constat de la commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="373" />
        <source>Avis de la CALEOL (séance n° {number} du {date}) : {finding}</source>
        <translation>Avis de la CALEOL (séance n° {number} du {date}) : {finding}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="384" />
        <source>Logement adapté : {text}</source>
        <translation>Logement adapté : {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/occupation.py" line="390" />
        <source>Avis : {text}</source>
        <translation>Avis : {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="91" />
        <location filename="../../desktop/services/importer.py" line="78" />
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/plans.py" line="99" />
        <location filename="../../desktop/domain/timeline.py" line="92" />
        <location filename="../../desktop/services/importer.py" line="79" />
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="93" />
        <location filename="../../desktop/services/importer.py" line="80" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="81" />
        <source>Nom du second occupant</source>
        <translation>Nom du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="82" />
        <source>Prénom du second occupant</source>
        <translation>Prénom du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="85" />
        <source>Date de naissance du second occupant</source>
        <translation>Date de naissance du second occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="88" />
        <source>Personne isolée (oui/non)</source>
        <translation>Personne isolée (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="89" />
        <source>Handicap (oui/non)</source>
        <translation>Handicap (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="68" />
        <location filename="../../desktop/services/importer.py" line="90" />
        <location filename="../../desktop/services/notices/listing.py" line="160" />
        <location filename="../../desktop/services/plans/arrears.py" line="196" />
        <location filename="../../desktop/services/plans/payments_import.py" line="66" />
        <source>N° de contrat</source>
        <translation>N° de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="346" />
        <location filename="../../desktop/services/importer.py" line="91" />
        <source>Date de début du bail</source>
        <translation>Date de début du bail</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="70" />
        <location filename="../../desktop/services/caleol/agenda.py" line="102" />
        <location filename="../../desktop/services/importer.py" line="92" />
        <source>Loyer</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="71" />
        <location filename="../../desktop/services/caleol/agenda.py" line="105" />
        <location filename="../../desktop/services/importer.py" line="93" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="94" />
        <source>Zone tendue (oui/non)</source>
        <translation>Zone tendue (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="350" />
        <location filename="../../desktop/domain/timeline.py" line="73" />
        <location filename="../../desktop/services/importer.py" line="95" />
        <source>Référence du logement</source>
        <translation>Référence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="74" />
        <location filename="../../desktop/services/caleol/agenda.py" line="86" />
        <location filename="../../desktop/services/importer.py" line="96" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="281" />
        <source>Nom du bailleur (profil de l'organisme)</source>
        <translation>Nom du bailleur (profil de l'organisme)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="282" />
        <source>Forme juridique</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="283" />
        <source>Adresse du siège, sur plusieurs lignes</source>
        <translation>Adresse du siège, sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="284" />
        <source>Adresse du siège, liste de lignes</source>
        <translation>Adresse du siège, liste de lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="285" />
        <source>Téléphone du standard</source>
        <translation>Téléphone du standard</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="286" />
        <source>Adresse e-mail générale</source>
        <translation>Adresse e-mail générale</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="287" />
        <source>Site internet</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="288" />
        <source>Mentions légales (forme, capital, RCS, siège)</source>
        <translation>Mentions légales (forme, capital, RCS, siège)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="291" />
        <source>Mention sur les données personnelles : responsable, DPO, droits, CNIL (profil, [donnees_personnelles])</source>
        <translation>Mention sur les données personnelles : responsable, DPO, droits, CNIL (profil, [donnees_personnelles])</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="295" />
        <source>La même mention pour un demandeur de logement (instruction de la demande, commission d'attribution)</source>
        <translation>La même mention pour un demandeur de logement (instruction de la demande, commission d'attribution)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="299" />
        <source>Logo (image)</source>
        <translation>Logo (image)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="300" />
        <source>Code de l'agence du logement</source>
        <translation>Code de l'agence du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="301" />
        <source>Nom de l'agence</source>
        <translation>Nom de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="302" />
        <source>Adresse de l'agence, sur plusieurs lignes</source>
        <translation>Adresse de l'agence, sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="303" />
        <source>Téléphone de l'agence</source>
        <translation>Téléphone de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="304" />
        <source>E-mail de l'agence</source>
        <translation>E-mail de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="305" />
        <source>Horaires d'accueil de l'agence</source>
        <translation>Horaires d'accueil de l'agence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="306" />
        <source>Bloc adresse NF Z10-011 (6 lignes au plus)</source>
        <translation>Bloc adresse NF Z10-011 (6 lignes au plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="309" />
        <source>Bloc adresse, liste de lignes</source>
        <translation>Bloc adresse, liste de lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="310" />
        <source>Madame / Monsieur / Mesdames / Messieurs / Madame, Monsieur</source>
        <translation>Madame / Monsieur / Mesdames / Messieurs / Madame, Monsieur</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="313" />
        <source>Formule d'appel avec virgule (« Madame, »)</source>
        <translation>Formule d'appel avec virgule (« Madame, »)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="316" />
        <source>Civilité du titulaire (M. / Mme)</source>
        <translation>Civilité du titulaire (M. / Mme)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="317" />
        <source>Prénom du titulaire</source>
        <translation>Prénom du titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="318" />
        <source>Nom du titulaire, en majuscules</source>
        <translation>Nom du titulaire, en majuscules</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="319" />
        <source>Civilité, prénom et NOM du titulaire</source>
        <translation>Civilité, prénom et NOM du titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="320" />
        <source>Occupants (liste : civilite, prenom, nom, nom_complet, date_naissance, titulaire)</source>
        <translation>Occupants (liste : civilite, prenom, nom, nom_complet, date_naissance, titulaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="324" />
        <source>Tous les titulaires du bail : « M. Yves MARIN et Mme Josette LEGROS »</source>
        <translation>Tous les titulaires du bail : « M. Yves MARIN et Mme Josette LEGROS »</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="327" />
        <source>Nombre de titulaires du bail</source>
        <translation>Nombre de titulaires du bail</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="328" />
        <source>Terminaison d'accord avec les titulaires : « », « e », « s » ou « es » (engagé{{ locataire.accord }})</source>
        <translation>Terminaison d'accord avec les titulaires : « », « e », « s » ou « es » (engagé{{ locataire.accord }})</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="332" />
        <source>« le locataire », « la locataire » ou « les locataires »</source>
        <translation>« le locataire », « la locataire » ou « les locataires »</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="335" />
        <source>« l'occupant », « l'occupante » ou « les occupants » (bail résilié)</source>
        <translation>« l'occupant », « l'occupante » ou « les occupants » (bail résilié)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="338" />
        <source>Titulaires du bail (liste : civilite, prenom, nom, nom_complet, date_naissance) ; un bloc de signature chacun</source>
        <translation>Titulaires du bail (liste : civilite, prenom, nom, nom_complet, date_naissance) ; un bloc de signature chacun</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="342" />
        <source>Solde du compte (positif : dette du locataire)</source>
        <translation>Solde du compte (positif : dette du locataire)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="345" />
        <source>Numéro de contrat</source>
        <translation>Numéro de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="347" />
        <source>Loyer hors charges</source>
        <translation>Loyer hors charges</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="348" />
        <source>Provisions sur charges</source>
        <translation>Provisions sur charges</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="349" />
        <source>Loyer charges comprises</source>
        <translation>Loyer charges comprises</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="351" />
        <source>Adresse du logement sur une ligne</source>
        <translation>Adresse du logement sur une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="354" />
        <source>Numéro et voie</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="355" />
        <location filename="../../desktop/domain/timeline.py" line="75" />
        <location filename="../../desktop/services/importer.py" line="97" />
        <source>Complément d'adresse</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="356" />
        <location filename="../../desktop/domain/timeline.py" line="76" />
        <location filename="../../desktop/services/caleol/agenda.py" line="87" />
        <location filename="../../desktop/services/importer.py" line="98" />
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="357" />
        <location filename="../../desktop/domain/timeline.py" line="77" />
        <location filename="../../desktop/services/caleol/agenda.py" line="88" />
        <location filename="../../desktop/services/caleol/commissions.py" line="200" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="358" />
        <source>Type (T1 à T6)</source>
        <translation>Type (T1 à T6)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="359" />
        <source>Surface en m²</source>
        <translation>Surface en m²</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="362" />
        <source>Programme / résidence</source>
        <translation>Programme / résidence</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="363" />
        <source>Référence du courrier (registre)</source>
        <translation>Référence du courrier (registre)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="364" />
        <source>Date du courrier</source>
        <translation>Date du courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="365" />
        <source>Lieu d'émission</source>
        <translation>Lieu d'émission</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="366" />
        <source>« Bordeaux, le 23 novembre 2026 »</source>
        <translation>« Bordeaux, le 23 novembre 2026 »</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="367" />
        <source>Objet du courrier</source>
        <translation>Objet du courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="368" />
        <source>Envoi en recommandé avec AR (vrai / faux)</source>
        <translation>Envoi en recommandé avec AR (vrai / faux)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="371" />
        <source>Numéro du recommandé, s'il est connu</source>
        <translation>Numéro du recommandé, s'il est connu</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="374" />
        <source>Pièces jointes (liste)</source>
        <translation>Pièces jointes (liste)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="375" />
        <source>Personne qui suit le dossier</source>
        <translation>Personne qui suit le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="376" />
        <source>Nom du signataire</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="377" />
        <source>Fonction du signataire</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="378" />
        <source>Signature scannée (image)</source>
        <translation>Signature scannée (image)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="379" />
        <source>Champs libres du modèle (champs.nom_du_champ)</source>
        <translation>Champs libres du modèle (champs.nom_du_champ)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="380" />
        <source>Protocole de crise : signatures enregistrées, par association (signatures[nom].signataire, .qualite, .date) ; absent ailleurs, à lire avec (signatures|default({})).get(nom)</source>
        <translation>Protocole de crise : signatures enregistrées, par association (signatures[nom].signataire, .qualite, .date) ; absent ailleurs, à lire avec (signatures|default({})).get(nom)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="386" />
        <source>Date du jour</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="390" />
        <source>Date en toutes lettres : 1er mars 2026</source>
        <translation>Date en toutes lettres : 1er mars 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="391" />
        <source>Date numérique : 01/03/2026</source>
        <translation>Date numérique : 01/03/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="392" />
        <source>Montant : 1 234,56 €</source>
        <translation>Montant : 1 234,56 €</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="393" />
        <source>Nombre à la française : 64,50</source>
        <translation>Nombre à la française : 64,50</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="394" />
        <source>Montant en toutes lettres : mille deux cent trente-quatre euros et cinquante-six centimes</source>
        <translation>Montant en toutes lettres : mille deux cent trente-quatre euros et cinquante-six centimes</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="398" />
        <source>Majuscules sans accent ni ponctuation</source>
        <translation>Majuscules sans accent ni ponctuation</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="399" />
        <source>Espaces typographiques françaises (appliquées d'office à tout le courrier)</source>
        <translation>Espaces typographiques françaises (appliquées d'office à tout le courrier)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="402" />
        <source>« de » contracté ou élidé : le FSL → du FSL, octobre → d'octobre</source>
        <translation>« de » contracté ou élidé : le FSL → du FSL, octobre → d'octobre</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="405" />
        <source>« à » contracté : le FSL → au FSL, les locataires → aux locataires</source>
        <translation>« à » contracté : le FSL → au FSL, les locataires → aux locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="408" />
        <source>Nombre et nom accordé : 3|pluriel('échéance') → 3 échéances</source>
        <translation>Nombre et nom accordé : 3|pluriel('échéance') → 3 échéances</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="411" />
        <source>Nombre entier en lettres : 3 → trois</source>
        <translation>Nombre entier en lettres : 3 → trois</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="412" />
        <source>Texte « A, B et C » en liste (pour une boucle)</source>
        <translation>Texte « A, B et C » en liste (pour une boucle)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="413" />
        <source>Paragraphes en liste de titre et texte (pour une boucle)</source>
        <translation>Paragraphes en liste de titre et texte (pour une boucle)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="416" />
        <source>Initiale en minuscule dans une phrase : Perte d'emploi → perte d'emploi (sigles gardés)</source>
        <translation>Initiale en minuscule dans une phrase : Perte d'emploi → perte d'emploi (sigles gardés)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="99" />
        <location filename="../../desktop/services/plans/arrears.py" line="198" />
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="100" />
        <source>Type de logement (T1 à T6)</source>
        <translation>Type de logement (T1 à T6)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="101" />
        <source>Surface (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="360" />
        <location filename="../../desktop/domain/timeline.py" line="80" />
        <location filename="../../desktop/services/importer.py" line="102" />
        <source>Étage</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/context.py" line="361" />
        <location filename="../../desktop/domain/timeline.py" line="81" />
        <location filename="../../desktop/services/importer.py" line="103" />
        <source>Bâtiment</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="82" />
        <location filename="../../desktop/services/importer.py" line="104" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="105" />
        <source>Code agence</source>
        <translation>Code agence</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="84" />
        <location filename="../../desktop/services/importer.py" line="106" />
        <source>Solde</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="108" />
        <source>Financement (PLAI, PLUS, PLS, PLI)</source>
        <translation>Financement (PLAI, PLUS, PLS, PLI)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="109" />
        <source>En QPV (oui/non)</source>
        <translation>En QPV (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="720" />
        <location filename="../../desktop/services/importer.py" line="111" />
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="321" />
        <source>Champ inconnu dans la correspondance : « {key} ».</source>
        <translation>Champ inconnu dans la correspondance : « {key} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="329" />
        <source>Colonne n° {index} absente du fichier (champ « {field} »).</source>
        <translation>Colonne n° {index} absente du fichier (champ « {field} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="365" />
        <source>Colonne « {name} » absente du fichier (champ « {field} »).</source>
        <translation>Colonne « {name} » absente du fichier (champ « {field} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="430" />
        <source>Champ inconnu : « {name} » (champs : {fields}).</source>
        <translation>Champ inconnu : « {name} » (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="384" />
        <source>Colonnes obligatoires non associées : {fields}.</source>
        <translation>Colonnes obligatoires non associées : {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="476" />
        <source>Date illisible « {value} » (attendu JJ/MM/AAAA).</source>
        <translation>Date illisible « {value} » (attendu JJ/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="485" />
        <source>Nombre illisible « {value} ».</source>
        <translation>Nombre illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="532" />
        <source>Valeur « {value} » non comprise (attendu oui ou non).</source>
        <translation>Valeur « {value} » non comprise (attendu oui ou non).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="605" />
        <source>{n} ligne rejetée</source>
        <translation>{n} ligne rejetée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="606" />
        <source>{n} lignes rejetées</source>
        <translation>{n} lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="607" />
        <source>aucune ligne rejetée</source>
        <translation>aucune ligne rejetée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="483" />
        <location filename="../../desktop/services/importer.py" line="497" />
        <source>Étage illisible « {value} ».</source>
        <translation>Étage illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="400" />
        <source>{label} (colonne « {header} »)</source>
        <translation>{label} (colonne « {header} »)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="566" />
        <source>{n} dossier prêt à importer</source>
        <extracomment>the dwelling's attribution data (issue 17), set on the dwelling after creation</extracomment>
        <translation>{n} dossier prêt à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="567" />
        <source>{n} dossiers prêts à importer</source>
        <translation>{n} dossiers prêts à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="573" />
        <source>{n} dossier importé</source>
        <translation>{n} dossier importé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="574" />
        <source>{n} dossiers importés</source>
        <translation>{n} dossiers importés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="676" />
        <source>Financement « {value} » inconnu (PLAI, PLUS, PLS ou PLI).</source>
        <translation>Financement « {value} » inconnu (PLAI, PLUS, PLS ou PLI).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="793" />
        <source>Le contrat « {value} » existe déjà (dossier de {name}).</source>
        <translation>Le contrat « {value} » existe déjà (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="796" />
        <source>Le contrat « {value} » figure déjà à la ligne {line}.</source>
        <translation>Le contrat « {value} » figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="805" />
        <source>Le logement « {value} » est déjà occupé (dossier de {name}).</source>
        <translation>Le logement « {value} » est déjà occupé (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="808" />
        <source>Le logement « {value} » figure déjà à la ligne {line}.</source>
        <translation>Le logement « {value} » figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="813" />
        <source>Agence inconnue « {code} ».</source>
        <translation>Agence inconnue « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="410" />
        <source>{field} : {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="856" />
        <location filename="../../desktop/services/plans/payments_import.py" line="386" />
        <source>Aucune ligne valide à importer.</source>
        <translation>Aucune ligne valide à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="879" />
        <source>Ligne {line} : {error} Rien n'a été importé.</source>
        <translation>Ligne {line} : {error} Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importer.py" line="889" />
        <source>Import annulé : rien n'a été importé.</source>
        <translation>Import annulé : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="178" />
        <source>Justificatif manquant ({proof}) : préavis de {months} mois appliqué, fin le {end} ; le {reduced} si le justificatif est fourni.</source>
        <extracomment>The notice in progress, else the latest one, else ``None``.</extracomment>
        <translation>Justificatif manquant ({proof}) : préavis de {months} mois appliqué, fin le {end} ; le {reduced} si le justificatif est fourni.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="193" />
        <source>Clés rendues sans état des lieux de sortie : état des lieux prévu le {date}.</source>
        <translation>Clés rendues sans état des lieux de sortie : état des lieux prévu le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="203" />
        <source>Clés rendues sans état des lieux de sortie : fixez la date de l'état des lieux.</source>
        <translation>Clés rendues sans état des lieux de sortie : fixez la date de l'état des lieux.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="249" />
        <source>Le congé n° {id} n'existe pas ou plus.</source>
        <translation>Le congé n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="126" />
        <location filename="../../desktop/services/notices/common.py" line="270" />
        <location filename="../../desktop/services/plans/core.py" line="592" />
        <location filename="../../desktop/services/tenants.py" line="225" />
        <source>Le dossier n° {id} n'existe pas ou plus.</source>
        <extracomment>for a MODIFICATION: (field path, before, after) of each field changed, read from the audit snapshots (empty when they are not found, e.g. after a purge)</extracomment>
        <translation>Le dossier n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="384" />
        <source>L'objet du courrier : {max} caractères au plus.</source>
        <translation>L'objet du courrier : {max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="395" />
        <source>L'objet contient des caractères de contrôle ou invisibles : retapez-le.</source>
        <translation>L'objet contient des caractères de contrôle ou invisibles : retapez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="407" />
        <source>La signature électronique porte sur le PDF : cochez « PDF ».</source>
        <translation>La signature électronique porte sur le PDF : cochez « PDF ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="498" />
        <source>{summary} {details}</source>
        <translation>{summary} {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="532" />
        <source>{n} courrier produit et enregistré</source>
        <translation>{n} courrier produit et enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="533" />
        <source>{n} courriers produits et enregistrés</source>
        <translation>{n} courriers produits et enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="534" />
        <source>aucun courrier produit</source>
        <translation>aucun courrier produit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="540" />
        <source>{n} courrier</source>
        <translation>{n} courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="541" />
        <source>{n} courriers</source>
        <translation>{n} courriers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="547" />
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/common.py" line="548" />
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/batch.py" line="184" />
        <location filename="../../desktop/services/documents/mass.py" line="463" />
        <source>Enregistrement impossible : {error}</source>
        <translation>Enregistrement impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/batch.py" line="260" />
        <location filename="../../desktop/services/documents/mass.py" line="396" />
        <location filename="../../desktop/ui/templates_page.py" line="286" />
        <source>Conversion en PDF impossible.</source>
        <translation>Conversion en PDF impossible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/batch.py" line="343" />
        <source>{n} publipostage précédent arrêté avant la fin (arrêt brutal) : seuls ses courriers terminés figurent au registre des documents, les autres n'ont pas été faits.</source>
        <translation>{n} publipostage précédent arrêté avant la fin (arrêt brutal) : seuls ses courriers terminés figurent au registre des documents, les autres n'ont pas été faits.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/batch.py" line="349" />
        <source>{n} publipostages précédents arrêtés avant la fin (arrêt brutal) : seuls leurs courriers terminés figurent au registre des documents, les autres n'ont pas été faits.</source>
        <translation>{n} publipostages précédents arrêtés avant la fin (arrêt brutal) : seuls leurs courriers terminés figurent au registre des documents, les autres n'ont pas été faits.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/mass.py" line="505" />
        <source>Lettre absente du fichier d'impression : {error}</source>
        <translation>Lettre absente du fichier d'impression : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/register.py" line="56" />
        <source>Le document n° {id} n'existe pas ou plus.</source>
        <translation>Le document n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/register.py" line="81" />
        <source>Aucun document n'a la référence {reference}.</source>
        <translation>Aucun document n'a la référence {reference}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/register.py" line="95" />
        <source>Le fichier {path} est introuvable (déplacé ou supprimé).</source>
        <translation>Le fichier {path} est introuvable (déplacé ou supprimé).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/register.py" line="102" />
        <source>Le fichier {path} a été modifié depuis sa production (empreinte SHA-256 différente).</source>
        <translation>Le fichier {path} a été modifié depuis sa production (empreinte SHA-256 différente).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="416" />
        <source>Fin du préavis le {end} ({months} mois)</source>
        <translation>Fin du préavis le {end} ({months} mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="422" />
        <source> ; justificatif manquant : le {date} s'il est fourni</source>
        <translation> ; justificatif manquant : le {date} s'il est fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/common.py" line="427" />
        <source> ; départ le {date}</source>
        <translation> ; départ le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="78" />
        <source>Ce congé a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le congé pour voir la version actuelle.</source>
        <translation>Ce congé a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le congé pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="89" />
        <source>Ce congé a été retiré : il ne peut plus être modifié.</source>
        <translation>Ce congé a été retiré : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="93" />
        <source>Ce congé est terminé (dépôt de garantie restitué) : il ne peut plus être modifié.</source>
        <translation>Ce congé est terminé (dépôt de garantie restitué) : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="159" />
        <source>Ce dossier est clos : aucun congé ne peut y être enregistré.</source>
        <translation>Ce dossier est clos : aucun congé ne peut y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="171" />
        <source>Un congé reçu le {date} est déjà en cours sur ce dossier : ouvrez-le pour le modifier.</source>
        <translation>Un congé reçu le {date} est déjà en cours sur ce dossier : ouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="196" />
        <source>Congé reçu le {date} ({ground}) : {end}</source>
        <translation>Congé reçu le {date} ({ground}) : {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="250" />
        <source>Aucun justificatif n'est attendu pour ce congé.</source>
        <translation>Aucun justificatif n'est attendu pour ce congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="257" />
        <source>Indiquez la date de réception du justificatif.</source>
        <translation>Indiquez la date de réception du justificatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="278" />
        <source>Justificatif reçu le {date} ({document}) : fin du préavis le {end} au lieu du {before}</source>
        <translation>Justificatif reçu le {date} ({document}) : fin du préavis le {end} au lieu du {before}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="351" />
        <source>Le préavis réduit a déjà été refusé pour ce congé : la décision est enregistrée.</source>
        <translation>Le préavis réduit a déjà été refusé pour ce congé : la décision est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="382" />
        <source>Aucun motif de préavis réduit n'est invoqué : le préavis réduit ne peut pas être accordé.</source>
        <translation>Aucun motif de préavis réduit n'est invoqué : le préavis réduit ne peut pas être accordé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="389" />
        <source>Le préavis réduit s'applique déjà à ce congé.</source>
        <translation>Le préavis réduit s'applique déjà à ce congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="397" />
        <source>Préavis réduit accordé sans justificatif par {who} ({reason}) : {end}</source>
        <translation>Préavis réduit accordé sans justificatif par {who} ({reason}) : {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="426" />
        <source>Aucun motif de préavis réduit n'est invoqué : il n'y a rien à refuser.</source>
        <translation>Aucun motif de préavis réduit n'est invoqué : il n'y a rien à refuser.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="433" />
        <source>Le préavis réduit est dû sans justificatif pour ce congé (logement en zone tendue) : il ne peut pas être refusé.</source>
        <translation>Le préavis réduit est dû sans justificatif pour ce congé (logement en zone tendue) : il ne peut pas être refusé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="443" />
        <source>Le préavis réduit a été accordé sans justificatif pour ce congé : il ne peut plus être refusé.</source>
        <translation>Le préavis réduit a été accordé sans justificatif pour ce congé : il ne peut plus être refusé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="455" />
        <source>Préavis réduit refusé par {who} ({reason}) : {end}</source>
        <translation>Préavis réduit refusé par {who} ({reason}) : {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="481" />
        <source>Les clés ont été rendues : le départ ne peut plus être reporté.</source>
        <translation>Les clés ont été rendues : le départ ne peut plus être reporté.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="488" />
        <source>Indiquez la nouvelle date de départ.</source>
        <translation>Indiquez la nouvelle date de départ.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="492" />
        <source>La nouvelle date de départ doit être postérieure à la fin du préavis ({date}).</source>
        <translation>La nouvelle date de départ doit être postérieure à la fin du préavis ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="520" />
        <source>Départ reporté au {date} (convention d'occupation temporaire), décision de {who} : {reason}</source>
        <translation>Départ reporté au {date} (convention d'occupation temporaire), décision de {who} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="556" />
        <source>Le retour des clés est déjà enregistré (le {date}).</source>
        <translation>Le retour des clés est déjà enregistré (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="560" />
        <source>L'état des lieux de sortie est déjà enregistré.</source>
        <translation>L'état des lieux de sortie est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="683" />
        <source>Indiquez comment les clés ont été rendues.</source>
        <translation>Indiquez comment les clés ont été rendues.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="569" />
        <source>L'état des lieux ne peut pas être prévu avant le retour des clés.</source>
        <translation>L'état des lieux ne peut pas être prévu avant le retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="591" />
        <source>Clés rendues le {date} sans état des lieux ({mode}) ; dépôt de garantie à restituer avant le {due}</source>
        <translation>Clés rendues le {date} sans état des lieux ({mode}) ; dépôt de garantie à restituer avant le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="601" />
        <source> ; état des lieux prévu le {date}</source>
        <translation> ; état des lieux prévu le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="626" />
        <source>Les clés ont été rendues : le congé ne peut plus être retiré.</source>
        <translation>Les clés ont été rendues : le congé ne peut plus être retiré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="638" />
        <source>Congé retiré, décision de {who} : {reason}</source>
        <translation>Congé retiré, décision de {who} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="677" />
        <source>Indiquez la date de retour des clés.</source>
        <translation>Indiquez la date de retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="664" />
        <source>Cette date ne peut pas précéder la réception du congé ({date}).</source>
        <translation>Cette date ne peut pas précéder la réception du congé ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="710" />
        <source>Indiquez la date de l'état des lieux de sortie ou du retour des clés.</source>
        <translation>Indiquez la date de l'état des lieux de sortie ou du retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="733" />
        <source>État des lieux de sortie le {date} ({match})</source>
        <translation>État des lieux de sortie le {date} ({match})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="735" />
        <source>conforme à l'entrée</source>
        <translation>conforme à l'entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="737" />
        <source>différent de l'entrée</source>
        <translation>différent de l'entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="743" />
        <source>clés rendues le {date} ({mode}) ; dépôt de garantie à restituer avant le {due}</source>
        <translation>clés rendues le {date} ({mode}) ; dépôt de garantie à restituer avant le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="771" />
        <source>Enregistrez d'abord le retour des clés.</source>
        <translation>Enregistrez d'abord le retour des clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="775" />
        <source>Indiquez la date de restitution du dépôt de garantie.</source>
        <translation>Indiquez la date de restitution du dépôt de garantie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="787" />
        <source>La restitution ne peut pas précéder le retour des clés ({date}).</source>
        <translation>La restitution ne peut pas précéder le retour des clés ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="799" />
        <source>Dépôt de garantie restitué le {date}</source>
        <translation>Dépôt de garantie restitué le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/workflow.py" line="804" />
        <source> ; restitution tardive (échéance le {due}) : pénalité de {amount}</source>
        <translation> ; restitution tardive (échéance le {due}) : pénalité de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="159" />
        <location filename="../../desktop/services/plans/arrears.py" line="195" />
        <source>Locataire</source>
        <extracomment>``EN_COURS``, ``RETIRE``, ``TERMINE``, or ``None`` for every notice. Departure (end of the notice, or postponed departure) in the current month.</extracomment>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/timeline.py" line="83" />
        <location filename="../../desktop/services/notices/listing.py" line="161" />
        <location filename="../../desktop/services/plans/arrears.py" line="197" />
        <source>Agence</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="162" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="100" />
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="163" />
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="164" />
        <source>Mode de remise</source>
        <translation>Mode de remise</translation>
    </message>
    <message>
        <location filename="../../desktop/services/cotation/refusals.py" line="99" />
        <location filename="../../desktop/services/notices/listing.py" line="165" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="98" />
        <source>Motif</source>
        <extracomment>what the audit trail keeps of a refusal: what the view shows but its id and stamp</extracomment>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="166" />
        <source>Justificatif</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="167" />
        <source>Préavis (mois)</source>
        <translation>Préavis (mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="168" />
        <source>Fin du préavis</source>
        <translation>Fin du préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="169" />
        <source>Fin si justificatif fourni</source>
        <translation>Fin si justificatif fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="170" />
        <source>Départ</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="171" />
        <source>Clés rendues le</source>
        <translation>Clés rendues le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="172" />
        <source>Dépôt à restituer avant le</source>
        <translation>Dépôt à restituer avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="173" />
        <source>Dépôt restitué le</source>
        <translation>Dépôt restitué le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="174" />
        <source>Alerte dépôt</source>
        <translation>Alerte dépôt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="176" />
        <source>manquant</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="177" />
        <source>non requis</source>
        <translation>non requis</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="178" />
        <source>reçu ou accordé</source>
        <translation>reçu ou accordé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="181" />
        <source>échéance proche</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="196" />
        <source>{n} congé exporté</source>
        <translation>{n} congé exporté</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="197" />
        <source>{n} congés exportés</source>
        <translation>{n} congés exportés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="198" />
        <source>aucun congé exporté</source>
        <translation>aucun congé exporté</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notices/listing.py" line="214" />
        <source>Congés</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="156" />
        <source>Champ attendu sous la forme NOM=VALEUR : « {value} ».</source>
        <translation>Champ attendu sous la forme NOM=VALEUR : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/crisis.py" line="153" />
        <source>« {name} » n'est pas signataire de ce protocole (associations : {names}).</source>
        <translation>« {name} » n'est pas signataire de ce protocole (associations : {names}).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="141" />
        <source>Aucun certificat de signature : indiquez --cert FICHIER.p12 ou réglez « signing_certificate ».</source>
        <translation>Aucun certificat de signature : indiquez --cert FICHIER.p12 ou réglez « signing_certificate ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="170" />
        <source>Champ inconnu du modèle « {template} » : {names}. Ses champs : {known}.</source>
        <translation>Champ inconnu du modèle « {template} » : {names}. Ses champs : {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="208" />
        <source>Option obligatoire (sauf avec --resume) : {option}.</source>
        <translation>Option obligatoire (sauf avec --resume) : {option}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/letters.py" line="229" />
        <source>Aucun publipostage interrompu ne porte le numéro de lot « {lot} ».</source>
        <translation>Aucun publipostage interrompu ne porte le numéro de lot « {lot} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="178" />
        <location filename="../../desktop/services/accounts.py" line="214" />
        <location filename="../../desktop/services/tenants.py" line="899" />
        <source>Agence inconnue : {code}.</source>
        <translation>Agence inconnue : {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="166" />
        <source>Statut inconnu : « {value} ».</source>
        <translation>Statut inconnu : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="183" />
        <source>{n} campagne.</source>
        <translation>{n} campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="184" />
        <source>{n} campagnes.</source>
        <translation>{n} campagnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="185" />
        <source>Aucune campagne.</source>
        <translation>Aucune campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="234" />
        <source>{n} ménage écarté faute de numéro de téléphone valide</source>
        <translation>{n} ménage écarté faute de numéro de téléphone valide</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="235" />
        <source>{n} ménages écartés faute de numéro de téléphone valide</source>
        <translation>{n} ménages écartés faute de numéro de téléphone valide</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/campaign.py" line="236" />
        <source>aucun ménage écarté faute de numéro de téléphone valide</source>
        <translation>aucun ménage écarté faute de numéro de téléphone valide</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="909" />
        <source>Ce numéro de contrat est déjà celui du dossier de {name}.</source>
        <translation>Ce numéro de contrat est déjà celui du dossier de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="927" />
        <source>Ce logement est déjà occupé (dossier de {name}).</source>
        <translation>Ce logement est déjà occupé (dossier de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="1002" />
        <source>Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.</source>
        <translation>Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="1014" />
        <source>Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour voir la version actuelle.</source>
        <translation>Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="1089" />
        <source>Un dossier clos ne peut pas être modifié.</source>
        <translation>Un dossier clos ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/calls.py" line="201" />
        <location filename="../../desktop/services/tenants.py" line="1138" />
        <source>Indiquez le motif de clôture.</source>
        <translation>Indiquez le motif de clôture.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="1146" />
        <source>La date de clôture n'est pas plausible.</source>
        <translation>La date de clôture n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="1154" />
        <source>Ce dossier est déjà clos.</source>
        <translation>Ce dossier est déjà clos.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tenants.py" line="1160" />
        <source>La clôture ne peut pas précéder le début du bail.</source>
        <translation>La clôture ne peut pas précéder le début du bail.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="148" />
        <source>Installez LibreOffice ou Word pour produire des PDF.</source>
        <translation>Installez LibreOffice ou Word pour produire des PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="155" />
        <source>PDF non produit : ni LibreOffice ni Microsoft Word n'est installé sur ce poste. Le courrier Word (DOCX) est enregistré. Installez LibreOffice ou Word pour produire des PDF.</source>
        <translation>PDF non produit : ni LibreOffice ni Microsoft Word n'est installé sur ce poste. Le courrier Word (DOCX) est enregistré. Installez LibreOffice ou Word pour produire des PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="167" />
        <source>Impossible de produire le PDF : ni LibreOffice ni Microsoft Word n'a été trouvé sur ce poste. Installez LibreOffice ou Word pour produire des PDF, ou indiquez l'emplacement de LibreOffice dans les réglages (libreoffice_path).</source>
        <translation>Impossible de produire le PDF : ni LibreOffice ni Microsoft Word n'a été trouvé sur ce poste. Installez LibreOffice ou Word pour produire des PDF, ou indiquez l'emplacement de LibreOffice dans les réglages (libreoffice_path).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="201" />
        <source>Trop de conversions PDF en cours sur ce poste ; réessayez.</source>
        <translation>Trop de conversions PDF en cours sur ce poste ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="457" />
        <source>LibreOffice n'a pas pu convertir ce document en PDF.</source>
        <translation>LibreOffice n'a pas pu convertir ce document en PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="472" />
        <source>LibreOffice ne démarre pas ({soffice}) : {output}</source>
        <translation>LibreOffice ne démarre pas ({soffice}) : {output}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="645" />
        <source>LibreOffice est introuvable sur ce poste (réglages, PATH, registre, Program Files). Installez LibreOffice ou Word pour produire des PDF.</source>
        <translation>LibreOffice est introuvable sur ce poste (réglages, PATH, registre, Program Files). Installez LibreOffice ou Word pour produire des PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="656" />
        <source>Aucun programme à cet emplacement : {path}</source>
        <translation>Aucun programme à cet emplacement : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="667" />
        <source>LibreOffice ne répond pas ({path}) : {error}</source>
        <translation>LibreOffice ne répond pas ({path}) : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="695" />
        <source>LibreOffice répond ({version}) mais la conversion d'essai en PDF a échoué : {error}</source>
        <translation>LibreOffice répond ({version}) mais la conversion d'essai en PDF a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="705" />
        <source>LibreOffice répond ({version}) mais la conversion d'essai en PDF a échoué : aucun PDF produit.</source>
        <translation>LibreOffice répond ({version}) mais la conversion d'essai en PDF a échoué : aucun PDF produit.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="716" />
        <source>LibreOffice fonctionne : {version} ; PDF d'essai produit en {seconds} s. — {path}</source>
        <translation>LibreOffice fonctionne : {version} ; PDF d'essai produit en {seconds} s. — {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="721" />
        <source>LibreOffice fonctionne : {version} ; PDF d'essai produit en {seconds} s. — {path} (trouvé automatiquement)</source>
        <translation>LibreOffice fonctionne : {version} ; PDF d'essai produit en {seconds} s. — {path} (trouvé automatiquement)</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/word.py" line="217" />
        <source>Microsoft Word n'a pas pu convertir ce document : {error}</source>
        <translation>Microsoft Word n'a pas pu convertir ce document : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/word.py" line="227" />
        <source>Microsoft Word ne démarre pas : {error}</source>
        <translation>Microsoft Word ne démarre pas : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/convert.py" line="591" />
        <source>La conversion en PDF a échoué.</source>
        <translation>La conversion en PDF a échoué.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="67" />
        <source>corps du document</source>
        <translation>corps du document</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="68" />
        <source>en-tête</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="69" />
        <source>pied de page</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="89" />
        <source>Modèle « {template} », {place} : {problem}</source>
        <translation>Modèle « {template} », {place} : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="94" />
        <source>Modèle « {template} » : {problem}</source>
        <translation>Modèle « {template} » : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="546" />
        <source>la balise « {tag} » n'est pas fermée avant la suivante.</source>
        <translation>la balise « {tag} » n'est pas fermée avant la suivante.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="550" />
        <source>« {token} » ferme une balise ouverte dans un autre paragraphe : une balise doit tenir dans un seul paragraphe.</source>
        <translation>« {token} » ferme une balise ouverte dans un autre paragraphe : une balise doit tenir dans un seul paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="555" />
        <source>« {{% {word} %}} » ferme un bloc ouvert dans un autre paragraphe : écrivez les deux balises sous la forme « {{%p … %}} », chacune seule dans son paragraphe.</source>
        <translation>« {{% {word} %}} » ferme un bloc ouvert dans un autre paragraphe : écrivez les deux balises sous la forme « {{%p … %}} », chacune seule dans son paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="561" />
        <source>la balise « {tag} » n'est pas fermée dans ce paragraphe (balise coupée entre deux paragraphes ?).</source>
        <translation>la balise « {tag} » n'est pas fermée dans ce paragraphe (balise coupée entre deux paragraphes ?).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="566" />
        <source>le bloc « {{% {word} … %}} » n'est pas fermé dans ce paragraphe : pour un bloc sur plusieurs paragraphes, écrivez « {{%p {word} … %}} » seul dans son paragraphe.</source>
        <translation>le bloc « {{% {word} … %}} » n'est pas fermé dans ce paragraphe : pour un bloc sur plusieurs paragraphes, écrivez « {{%p {word} … %}} » seul dans son paragraphe.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="572" />
        <source>une balise « {{%p … %}} » doit être seule dans son paragraphe ; le texte « {text} » serait perdu.</source>
        <translation>une balise « {{%p … %}} » doit être seule dans son paragraphe ; le texte « {text} » serait perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="641" />
        <source>les balises include, import et extends sont interdites dans un modèle (il ne peut pas lire d'autres fichiers).</source>
        <translation>les balises include, import et extends sont interdites dans un modèle (il ne peut pas lire d'autres fichiers).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="650" />
        <source>balise inconnue « {tag} ».</source>
        <translation>balise inconnue « {tag} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="654" />
        <source>le bloc « {block} » n'est jamais fermé (il manque « end{block} »).</source>
        <translation>le bloc « {block} » n'est jamais fermé (il manque « end{block} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="662" />
        <source>fin du modèle inattendue : un bloc n'est pas fermé.</source>
        <translation>fin du modèle inattendue : un bloc n'est pas fermé.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="666" />
        <source>filtre inconnu « {name} ».</source>
        <translation>filtre inconnu « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="668" />
        <source>erreur de syntaxe dans une balise (détail : {detail}).</source>
        <translation>erreur de syntaxe dans une balise (détail : {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="676" />
        <source>champ inconnu « {field} » (voir la référence des champs).</source>
        <translation>champ inconnu « {field} » (voir la référence des champs).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="684" />
        <source>remplissage arrêté : il dure plus de {seconds} secondes (boucle trop longue ?).</source>
        <translation>remplissage arrêté : il dure plus de {seconds} secondes (boucle trop longue ?).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="693" />
        <source>remplissage arrêté : plus de {turns} tours de boucle.</source>
        <translation>remplissage arrêté : plus de {turns} tours de boucle.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="699" />
        <source>remplissage arrêté : le document produit serait trop long.</source>
        <translation>remplissage arrêté : le document produit serait trop long.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="705" />
        <source>opération interdite : son résultat serait trop grand ({detail}).</source>
        <translation>opération interdite : son résultat serait trop grand ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="712" />
        <source>opération interdite dans un modèle (accès refusé : {detail}).</source>
        <translation>opération interdite dans un modèle (accès refusé : {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="718" />
        <source>valeur absente : {detail}.</source>
        <translation>valeur absente : {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="720" />
        <source>erreur pendant le remplissage ({kind} : {detail}).</source>
        <translation>erreur pendant le remplissage ({kind} : {detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="896" />
        <source>le fichier n'est pas un document Word (.docx) lisible ({detail}).</source>
        <translation>le fichier n'est pas un document Word (.docx) lisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/engine.py" line="1072" />
        <source>remplissage arrêté : mémoire insuffisante (modèle trop gourmand).</source>
        <translation>remplissage arrêté : mémoire insuffisante (modèle trop gourmand).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="101" />
        <source>{where} : nom de champ invalide « {name} » (minuscules, chiffres et _ ; commence par une lettre).</source>
        <translation>{where} : nom de champ invalide « {name} » (minuscules, chiffres et _ ; commence par une lettre).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="113" />
        <source>{where} : type de champ inconnu « {kind} » pour « {name} » (attendu : {kinds}).</source>
        <translation>{where} : type de champ inconnu « {kind} » pour « {name} » (attendu : {kinds}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="145" />
        <source>Fiche du modèle illisible ({where}) : {error}</source>
        <translation>Fiche du modèle illisible ({where}) : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="155" />
        <source>{where} : un champ est déclaré deux fois.</source>
        <translation>{where} : un champ est déclaré deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="197" />
        <source>Modèle inconnu : « {name} ». Modèles disponibles : {known}.</source>
        <translation>Modèle inconnu : « {name} ». Modèles disponibles : {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="259" />
        <source>« {label} » est obligatoire.</source>
        <translation>« {label} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="265" />
        <source>« {label} » : caractères invisibles qui inversent le sens de l'écriture ({codes}) : retirez-les.</source>
        <translation>« {label} » : caractères invisibles qui inversent le sens de l'écriture ({codes}) : retirez-les.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="280" />
        <source>« {label} » : {detail}</source>
        <translation>« {label} » : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="289" />
        <source>« {label} » : {amount} ; un montant positif est attendu.</source>
        <translation>« {label} » : {amount} ; un montant positif est attendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="303" />
        <source>« {label} » : date attendue (jj/mm/aaaa).</source>
        <translation>« {label} » : date attendue (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="304" />
        <source>« {label} » : montant attendu (ex. 1 234,56).</source>
        <translation>« {label} » : montant attendu (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="307" />
        <source>« {label} » : nombre entier attendu.</source>
        <translation>« {label} » : nombre entier attendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/library.py" line="308" />
        <source>« {label} » : 4 000 caractères au plus.</source>
        <translation>« {label} » : 4 000 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/profile.py" line="236" />
        <source>Profil de l'organisme introuvable : {path}.</source>
        <translation>Profil de l'organisme introuvable : {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/profile.py" line="243" />
        <location filename="../../desktop/services/convocations.py" line="153" />
        <source>Profil de l'organisme illisible ({path}) : {error}</source>
        <translation>Profil de l'organisme illisible ({path}) : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/profile.py" line="251" />
        <source>Profil de l'organisme sans nom de bailleur ({path}).</source>
        <translation>Profil de l'organisme sans nom de bailleur ({path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="114" />
        <source>L'adresse est vide.</source>
        <translation>L'adresse est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="118" />
        <source>L'adresse compte {count} lignes ; {max} au plus.</source>
        <translation>L'adresse compte {count} lignes ; {max} au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="127" />
        <source>Ligne {n} de l'adresse vide : pas de ligne blanche.</source>
        <translation>Ligne {n} de l'adresse vide : pas de ligne blanche.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="134" />
        <source>Ligne {n} de l'adresse trop longue ({length} caractères, {max} au plus) : « {line} ».</source>
        <translation>Ligne {n} de l'adresse trop longue ({length} caractères, {max} au plus) : « {line} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="146" />
        <source>Ligne {n} de l'adresse : majuscules sans accent ni ponctuation attendues (« {line} »).</source>
        <translation>Ligne {n} de l'adresse : majuscules sans accent ni ponctuation attendues (« {line} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="159" />
        <source>La dernière ligne de l'adresse doit être le code postal (5 chiffres) suivi de la commune en majuscules.</source>
        <translation>La dernière ligne de l'adresse doit être le code postal (5 chiffres) suivi de la commune en majuscules.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="294" />
        <source>Destinataire sans nom : l'adresse ne peut pas être faite.</source>
        <translation>Destinataire sans nom : l'adresse ne peut pas être faite.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="299" />
        <source>Adresse sans numéro ni voie.</source>
        <translation>Adresse sans numéro ni voie.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="302" />
        <source>Code postal manquant ou invalide : « {value} ».</source>
        <translation>Code postal manquant ou invalide : « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/address.py" line="312" />
        <source>Adresse postale incorrecte : {details}</source>
        <translation>Adresse postale incorrecte : {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="45" />
        <source>Dossier locataire après le départ</source>
        <translation>Dossier locataire après le départ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="46" />
        <source>date de clôture du dossier (départ)</source>
        <translation>date de clôture du dossier (départ)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="48" />
        <source>Non confirmé : prescription des loyers de 3 ans (art. 7-1 loi n° 89-462) ; à valider par le DPO.</source>
        <translation>Non confirmé : prescription des loyers de 3 ans (art. 7-1 loi n° 89-462) ; à valider par le DPO.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="56" />
        <source>Dossier clos avec un impayé</source>
        <translation>Dossier clos avec un impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="57" />
        <source>date de clôture du dossier, solde débiteur</source>
        <translation>date de clôture du dossier, solde débiteur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="59" />
        <source>Pré-contentieux : jusqu'au règlement amiable ou à la prescription de l'action ; contentieux : jusqu'à la prescription de l'exécution du jugement (délibération CNIL 2014-123). Durée à valider par le DPO.</source>
        <translation>Pré-contentieux : jusqu'au règlement amiable ou à la prescription de l'action ; contentieux : jusqu'à la prescription de l'exécution du jugement (délibération CNIL 2014-123). Durée à valider par le DPO.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="68" />
        <source>Demande de logement</source>
        <translation>Demande de logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="69" />
        <source>radiation ou attribution</source>
        <translation>radiation ou attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="71" />
        <source>Suppression à la radiation ou à l'attribution (délibération CNIL 2014-122, NS-20).</source>
        <translation>Suppression à la radiation ou à l'attribution (délibération CNIL 2014-122, NS-20).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="79" />
        <source>Procès-verbaux de CALEOL</source>
        <translation>Procès-verbaux de CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="80" />
        <source>date de la séance</source>
        <translation>date de la séance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="82" />
        <source>Non confirmé : règles d'archives du code du patrimoine pour les organismes publics ; à valider par le DPO et l'archiviste.</source>
        <translation>Non confirmé : règles d'archives du code du patrimoine pour les organismes publics ; à valider par le DPO et l'archiviste.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="91" />
        <source>Notes d'appels des campagnes de crise</source>
        <translation>Notes d'appels des campagnes de crise</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="92" />
        <source>fin de la campagne</source>
        <translation>fin de la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/retention.py" line="94" />
        <source>Finalité limitée à la crise : suppression ou anonymisation à la fin de la crise (recommandations d'avril 2020 aux bailleurs sociaux). Purge campagne par campagne, après aperçu, depuis la page « Campagnes d'appels ».</source>
        <translation>Finalité limitée à la crise : suppression ou anonymisation à la fin de la crise (recommandations d'avril 2020 aux bailleurs sociaux). Purge campagne par campagne, après aperçu, depuis la page « Campagnes d'appels ».</translation>
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
        <location filename="../../desktop/domain/roles.py" line="125" />
        <source>consulter les dossiers locataires</source>
        <translation>consulter les dossiers locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="126" />
        <source>consulter les données sensibles des dossiers</source>
        <translation>consulter les données sensibles des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="129" />
        <source>créer ou modifier un dossier locataire</source>
        <translation>créer ou modifier un dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="130" />
        <source>clore un dossier locataire</source>
        <translation>clore un dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="131" />
        <source>importer des locataires</source>
        <translation>importer des locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="132" />
        <source>exporter les données d'une personne (droit d'accès)</source>
        <translation>exporter les données d'une personne (droit d'accès)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="135" />
        <source>gérer les agences</source>
        <translation>gérer les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="136" />
        <source>gérer les comptes</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="137" />
        <source>consulter le journal d'audit</source>
        <translation>consulter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="138" />
        <source>gérer la conservation des données</source>
        <translation>gérer la conservation des données</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="139" />
        <source>gérer les sauvegardes</source>
        <translation>gérer les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="140" />
        <source>modifier les réglages</source>
        <translation>modifier les réglages</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="141" />
        <source>générer une base de démonstration</source>
        <translation>générer une base de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="142" />
        <source>consulter les procès-verbaux CALEOL</source>
        <translation>consulter les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="143" />
        <source>rédiger les procès-verbaux CALEOL</source>
        <translation>rédiger les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="144" />
        <source>approuver les procès-verbaux CALEOL</source>
        <translation>approuver les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="145" />
        <source>préparer et tenir les séances de la CALEOL</source>
        <translation>préparer et tenir les séances de la CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="146" />
        <source>signer les procès-verbaux CALEOL</source>
        <translation>signer les procès-verbaux CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="147" />
        <source>gérer les campagnes d'appels</source>
        <translation>gérer les campagnes d'appels</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="148" />
        <source>passer les appels d'une campagne</source>
        <translation>passer les appels d'une campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/roles.py" line="149" />
        <source>consulter les rapports et tableaux de bord</source>
        <translation>consulter les rapports et tableaux de bord</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="112" />
        <source>Le mot de passe doit compter au moins {min} caractères.</source>
        <translation>Le mot de passe doit compter au moins {min} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="121" />
        <source>Le mot de passe doit compter au plus {max} caractères.</source>
        <translation>Le mot de passe doit compter au plus {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="138" />
        <source>Le mot de passe doit mêler au moins trois types de caractères parmi minuscules, majuscules, chiffres et symboles.</source>
        <translation>Le mot de passe doit mêler au moins trois types de caractères parmi minuscules, majuscules, chiffres et symboles.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="147" />
        <source>Le mot de passe ne doit pas contenir l'identifiant.</source>
        <translation>Le mot de passe ne doit pas contenir l'identifiant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="176" />
        <source>Identifiant : 2 à 80 caractères parmi lettres sans accent, chiffres, point, tiret et tiret bas.</source>
        <translation>Identifiant : 2 à 80 caractères parmi lettres sans accent, chiffres, point, tiret et tiret bas.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="197" />
        <source>Ce champ contient des caractères de contrôle.</source>
        <translation>Ce champ contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="205" />
        <source>Un agent ou un responsable d'agence doit être rattaché à une agence.</source>
        <translation>Un agent ou un responsable d'agence doit être rattaché à une agence.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="222" />
        <source>Rôle inconnu : {role}.</source>
        <translation>Rôle inconnu : {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="251" />
        <source>L'identifiant « {name} » est déjà pris.</source>
        <translation>L'identifiant « {name} » est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="262" />
        <source>Le compte n° {id} n'existe pas ou plus.</source>
        <translation>Le compte n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="299" />
        <source>Sur le serveur PostgreSQL, l'identifiant ne peut dépasser 63 caractères.</source>
        <translation>Sur le serveur PostgreSQL, l'identifiant ne peut dépasser 63 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="321" />
        <source>Aucun compte « {name} ».</source>
        <translation>Aucun compte « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="349" />
        <source>Un administrateur existe déjà : connectez-vous avec son compte.</source>
        <translation>Un administrateur existe déjà : connectez-vous avec son compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="426" />
        <location filename="../../desktop/services/accounts.py" line="971" />
        <source>Cet identifiant est déjà pris.</source>
        <translation>Cet identifiant est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="501" />
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="509" />
        <source>Ce compte est verrouillé après trop d'échecs de connexion. Réessayez dans {minutes} minutes ou demandez à un administrateur de le déverrouiller.</source>
        <translation>Ce compte est verrouillé après trop d'échecs de connexion. Réessayez dans {minutes} minutes ou demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="519" />
        <source>Ce compte est verrouillé après trop d'échecs de connexion : demandez à un administrateur de le déverrouiller.</source>
        <translation>Ce compte est verrouillé après trop d'échecs de connexion : demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="553" />
        <source>Ce compte est désactivé : adressez-vous à un administrateur.</source>
        <translation>Ce compte est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="771" />
        <source>La base du serveur n'est pas à la version de cette copie de Parcours : l'administrateur du serveur doit la mettre à jour (parcours server init).</source>
        <translation>La base du serveur n'est pas à la version de cette copie de Parcours : l'administrateur du serveur doit la mettre à jour (parcours server init).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="840" />
        <source>Aucun compte n'est associé à cette session.</source>
        <translation>Aucun compte n'est associé à cette session.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="852" />
        <source>Le mot de passe actuel est incorrect.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="856" />
        <source>Le nouveau mot de passe doit différer de l'actuel.</source>
        <translation>Le nouveau mot de passe doit différer de l'actuel.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="905" />
        <source>Le compte n° {id} a été modifié entre-temps : rechargez la liste des comptes.</source>
        <extracomment>An account's fields in its audit snapshots.</extracomment>
        <translation>Le compte n° {id} a été modifié entre-temps : rechargez la liste des comptes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts.py" line="953" />
        <source>Il doit rester au moins un administrateur actif : ce changement est refusé.</source>
        <translation>Il doit rester au moins un administrateur actif : ce changement est refusé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="247" />
        <source>création</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="248" />
        <source>modification</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="249" />
        <source>clôture</source>
        <translation>clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="250" />
        <location filename="../../desktop/services/audit.py" line="317" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="251" />
        <source>base de démonstration</source>
        <translation>base de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="252" />
        <source>consultation de données sensibles</source>
        <translation>consultation de données sensibles</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="253" />
        <source>action refusée</source>
        <translation>action refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="254" />
        <source>connexion</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="255" />
        <source>connexion refusée</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="256" />
        <source>verrouillage du compte</source>
        <translation>verrouillage du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="257" />
        <source>déverrouillage du compte</source>
        <translation>déverrouillage du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="258" />
        <source>changement de mot de passe</source>
        <translation>changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="259" />
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="260" />
        <source>purge (conservation des données)</source>
        <translation>purge (conservation des données)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="261" />
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="262" />
        <location filename="../../desktop/services/audit.py" line="322" />
        <source>sauvegarde</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="263" />
        <source>restauration</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="264" />
        <source>suppression</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="265" />
        <source>changement de statut</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="266" />
        <source>courrier</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="267" />
        <source>publipostage</source>
        <translation>publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="268" />
        <source>réimpression</source>
        <translation>réimpression</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="269" />
        <source>enregistrement d'une recherche</source>
        <translation>enregistrement d'une recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="270" />
        <source>suppression d'une recherche</source>
        <translation>suppression d'une recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="272" />
        <source>règlement saisi</source>
        <translation>règlement saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="273" />
        <source>règlement supprimé</source>
        <translation>règlement supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="274" />
        <source>import de règlements</source>
        <translation>import de règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="275" />
        <source>suite donnée</source>
        <translation>suite donnée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="276" />
        <source>avenant</source>
        <translation>avenant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="277" />
        <source>assignation</source>
        <translation>assignation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="278" />
        <location filename="../../desktop/services/audit.py" line="327" />
        <source>protocole de crise</source>
        <translation>protocole de crise</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="279" />
        <source>signature du protocole de crise par une association</source>
        <translation>signature du protocole de crise par une association</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="283" />
        <source>présence</source>
        <translation>présence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="284" />
        <source>pouvoir</source>
        <translation>pouvoir</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="285" />
        <source>pouvoir retiré</source>
        <translation>pouvoir retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="286" />
        <source>séance physique demandée</source>
        <translation>séance physique demandée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="287" />
        <location filename="../../desktop/services/audit.py" line="334" />
        <location filename="../../desktop/services/caleol/vote_import.py" line="176" />
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="288" />
        <source>décision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="289" />
        <source>décision annulée</source>
        <translation>décision annulée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="290" />
        <source>avis sur l'occupation</source>
        <translation>avis sur l'occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="291" />
        <source>notification</source>
        <translation>notification</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="292" />
        <source>courriers de décision</source>
        <translation>courriers de décision</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="293" />
        <source>projet de procès-verbal</source>
        <translation>projet de procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="294" />
        <source>envoi du procès-verbal en relecture</source>
        <translation>envoi du procès-verbal en relecture</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="295" />
        <source>avis sur le procès-verbal</source>
        <translation>avis sur le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="296" />
        <source>signature du procès-verbal</source>
        <translation>signature du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="297" />
        <source>extrait du procès-verbal</source>
        <translation>extrait du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="298" />
        <source>export du procès-verbal</source>
        <translation>export du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="300" />
        <source>présentation du courrier de proposition</source>
        <translation>présentation du courrier de proposition</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="301" />
        <source>proposition acceptée</source>
        <translation>proposition acceptée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="302" />
        <source>proposition refusée</source>
        <translation>proposition refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="303" />
        <source>proposition sans réponse dans le délai</source>
        <translation>proposition sans réponse dans le délai</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="304" />
        <source>proposition close (logement attribué)</source>
        <translation>proposition close (logement attribué)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="305" />
        <source>proposition au rang suivant</source>
        <translation>proposition au rang suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="306" />
        <source>bail signé</source>
        <translation>bail signé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="308" />
        <source>lancement</source>
        <translation>lancement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="309" />
        <source>affectation</source>
        <translation>affectation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="310" />
        <location filename="../../desktop/services/audit.py" line="339" />
        <source>appel</source>
        <translation>appel</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="311" />
        <source>relance (escalade)</source>
        <translation>relance (escalade)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="314" />
        <source>dossier locataire</source>
        <translation>dossier locataire</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="315" />
        <source>agence</source>
        <translation>agence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="316" />
        <source>compte</source>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="318" />
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="319" />
        <source>réglage</source>
        <translation>réglage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="320" />
        <source>journal d'audit</source>
        <translation>journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="321" />
        <source>conservation des données</source>
        <translation>conservation des données</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="323" />
        <source>recherche enregistrée</source>
        <translation>recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="324" />
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="325" />
        <source>congé</source>
        <translation>congé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="326" />
        <source>accord de paiement</source>
        <translation>accord de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="328" />
        <source>rapport</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="329" />
        <source>commission CALEOL</source>
        <translation>commission CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="330" />
        <source>membre CALEOL</source>
        <translation>membre CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="331" />
        <source>séance CALEOL</source>
        <translation>séance CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="332" />
        <source>point de l'ordre du jour</source>
        <translation>point de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="333" />
        <source>candidat</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="453" />
        <source>{n} événement exporté</source>
        <translation>{n} événement exporté</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="454" />
        <source>{n} événements exportés</source>
        <translation>{n} événements exportés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="455" />
        <source>aucun événement exporté</source>
        <translation>aucun événement exporté</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="544" />
        <source>Journal d'audit intègre : {checked}, chaîne de hachage continue (dernière empreinte {head}).</source>
        <translation>Journal d'audit intègre : {checked}, chaîne de hachage continue (dernière empreinte {head}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="552" />
        <source>{n} événement vérifié</source>
        <translation>{n} événement vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="553" />
        <source>{n} événements vérifiés</source>
        <translation>{n} événements vérifiés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="554" />
        <source>aucun événement vérifié</source>
        <translation>aucun événement vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/minutes.py" line="231" />
        <location filename="../../desktop/services/audit.py" line="335" />
        <source>conflit d'intérêts</source>
        <translation>conflit d'intérêts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="336" />
        <source>procès-verbal CALEOL</source>
        <translation>procès-verbal CALEOL</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="337" />
        <source>campagne d'appels</source>
        <translation>campagne d'appels</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="338" />
        <source>fiche d'appel</source>
        <translation>fiche d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="340" />
        <source>orientation vers un partenaire</source>
        <translation>orientation vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="561" />
        <source>Journal d'audit altéré après l'événement de rang {seq} : {reason}.</source>
        <translation>Journal d'audit altéré après l'événement de rang {seq} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="567" />
        <source>Journal d'audit altéré : premier maillon rompu à l'événement n° {id} (rang {seq}, du {at}) : {reason}.</source>
        <translation>Journal d'audit altéré : premier maillon rompu à l'événement n° {id} (rang {seq}, du {at}) : {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="581" />
        <source>son contenu a été modifié</source>
        <translation>son contenu a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="582" />
        <source>un ou plusieurs événements qui le précédaient ont été supprimés</source>
        <translation>un ou plusieurs événements qui le précédaient ont été supprimés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="585" />
        <source>il a été ajouté hors de l'application (pas de maillon)</source>
        <translation>il a été ajouté hors de l'application (pas de maillon)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="586" />
        <source>il ne porte pas l'empreinte de l'événement précédent</source>
        <translation>il ne porte pas l'empreinte de l'événement précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="587" />
        <source>les derniers événements ont été supprimés (la tête de chaîne ne correspond plus)</source>
        <translation>les derniers événements ont été supprimés (la tête de chaîne ne correspond plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/authz.py" line="39" />
        <source>Accès refusé : votre compte ne peut pas {action} d'une autre agence que la vôtre. Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : votre compte ne peut pas {action} d'une autre agence que la vôtre. Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/authz.py" line="48" />
        <source>Accès refusé : votre rôle ne permet pas de {action}. Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : votre rôle ne permet pas de {action}. Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="56" />
        <source>Les sauvegardes intégrées concernent la base SQLite locale. Sur PostgreSQL, sauvegardez la base avec pg_dump (voir le README).</source>
        <translation>Les sauvegardes intégrées concernent la base SQLite locale. Sur PostgreSQL, sauvegardez la base avec pg_dump (voir le README).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="171" />
        <source>La sauvegarde n'a pas passé la vérification d'intégrité : {error}</source>
        <translation>La sauvegarde n'a pas passé la vérification d'intégrité : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="182" />
        <source>La sauvegarde a échoué : {error}</source>
        <translation>La sauvegarde a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="289" />
        <source>« {name} » n'est pas une sauvegarde de Parcours lisible.</source>
        <translation>« {name} » n'est pas une sauvegarde de Parcours lisible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="294" />
        <source>Le fichier « {name} » n'existe pas.</source>
        <translation>Le fichier « {name} » n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="304" />
        <source>La sauvegarde « {name} » est endommagée : {error}</source>
        <translation>La sauvegarde « {name} » est endommagée : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="322" />
        <source>La sauvegarde « {name} » a la version de schéma « {found} », que cette version de Parcours ne connaît pas (attendue : {expected}).</source>
        <translation>La sauvegarde « {name} » a la version de schéma « {found} », que cette version de Parcours ne connaît pas (attendue : {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="348" />
        <source>Choisissez un fichier de sauvegarde, pas la base elle-même.</source>
        <translation>Choisissez un fichier de sauvegarde, pas la base elle-même.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="361" />
        <source>La restauration a échoué : {error}. La base d'avant est dans « {name} ».</source>
        <translation>La restauration a échoué : {error}. La base d'avant est dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="410" />
        <source>Les modifications faites après le {when} (heure de la sauvegarde) sont perdues ; la base endommagée ne permet pas de les compter.</source>
        <translation>Les modifications faites après le {when} (heure de la sauvegarde) sont perdues ; la base endommagée ne permet pas de les compter.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="419" />
        <source>Rien n'a été perdu : la base endommagée ne contenait aucune opération postérieure à la sauvegarde du {when}.</source>
        <translation>Rien n'a été perdu : la base endommagée ne contenait aucune opération postérieure à la sauvegarde du {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="430" />
        <source>{n} opération enregistrée après la sauvegarde du {when} est perdue (le {last}) : à ressaisir. Le journal de la base endommagée, mise de côté, permet de la retrouver.</source>
        <translation>{n} opération enregistrée après la sauvegarde du {when} est perdue (le {last}) : à ressaisir. Le journal de la base endommagée, mise de côté, permet de la retrouver.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="436" />
        <source>{n} opérations enregistrées après la sauvegarde du {when} sont perdues (la dernière le {last}) : à ressaisir. Le journal de la base endommagée, mise de côté, permet de les retrouver.</source>
        <translation>{n} opérations enregistrées après la sauvegarde du {when} sont perdues (la dernière le {last}) : à ressaisir. Le journal de la base endommagée, mise de côté, permet de les retrouver.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="543" />
        <source>La base « {name} » n'est pas endommagée : utilisez la restauration ordinaire, qui sauvegarde d'abord la base actuelle.</source>
        <translation>La base « {name} » n'est pas endommagée : utilisez la restauration ordinaire, qui sauvegarde d'abord la base actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="566" />
        <source>La base « {name} » est endommagée ({error}) et aucune sauvegarde intacte n'a été trouvée dans « {folder} ».</source>
        <translation>La base « {name} » est endommagée ({error}) et aucune sauvegarde intacte n'a été trouvée dans « {folder} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="596" />
        <source>La restauration a échoué : {error}. La base endommagée est dans « {name} ».</source>
        <translation>La restauration a échoué : {error}. La base endommagée est dans « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="110" />
        <source>Sans objet : {reason}</source>
        <translation>Sans objet : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="342" />
        <source>Le plan n° {id} n'existe pas ou plus.</source>
        <translation>Le plan n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="351" />
        <source>Ce plan a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le plan pour voir la version actuelle.</source>
        <translation>Ce plan a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez le plan pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="432" />
        <source>{type} n° {id}</source>
        <translation>{type} n° {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="518" />
        <source>{plan} : {old} → {new}</source>
        <translation>{plan} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="525" />
        <source>(automatique)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/core.py" line="558" />
        <location filename="../../desktop/services/plans/editing.py" line="307" />
        <source>dette soldée</source>
        <translation>dette soldée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="117" />
        <source>Un dossier clos ne peut pas recevoir de plan d'apurement.</source>
        <translation>Un dossier clos ne peut pas recevoir de plan d'apurement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="124" />
        <source>Ce dossier a déjà un accord en cours ({plan}, statut « {status} ») : clôturez-le ou annulez-le avant d'en créer un autre.</source>
        <translation>Ce dossier a déjà un accord en cours ({plan}, statut « {status} ») : clôturez-le ou annulez-le avant d'en créer un autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="152" />
        <source>{plan} : {debt} en {count}</source>
        <translation>{plan} : {debt} en {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="183" />
        <source>Un plan signé ne peut plus être modifié : pour un protocole, signez un avenant ; sinon, établissez un nouveau plan.</source>
        <translation>Un plan signé ne peut plus être modifié : pour un protocole, signez un avenant ; sinon, établissez un nouveau plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="234" />
        <source>Indiquez le motif.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="245" />
        <source>Le plan annexé au protocole doit être approuvé par la CAF ou la MSA : indiquez la date d'approbation avant la signature.</source>
        <translation>Le plan annexé au protocole doit être approuvé par la CAF ou la MSA : indiquez la date d'approbation avant la signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="254" />
        <source>La signature ne peut pas précéder l'arrêté de la dette ({date}).</source>
        <translation>La signature ne peut pas précéder l'arrêté de la dette ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="265" />
        <source>plan régularisé</source>
        <translation>plan régularisé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="272" />
        <source>{late} : le plan ne peut pas être déclaré respecté.</source>
        <translation>{late} : le plan ne peut pas être déclaré respecté.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="277" />
        <source>Une échéance échue reste impayée, celle du {date}</source>
        <translation>Une échéance échue reste impayée, celle du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="280" />
        <source>{n} échéances échues restent impayées, la plus ancienne du {date}</source>
        <translation>{n} échéances échues restent impayées, la plus ancienne du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="299" />
        <source>Des échéances restent dues : indiquez comment la dette a été soldée (ex. : versement du FSL, remise de dette).</source>
        <translation>Des échéances restent dues : indiquez comment la dette a été soldée (ex. : versement du FSL, remise de dette).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/editing.py" line="315" />
        <source>plan annulé</source>
        <translation>plan annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments.py" line="63" />
        <source>La date du règlement ne peut pas être dans le futur.</source>
        <translation>La date du règlement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments.py" line="67" />
        <source>Règlement du {date}, antérieur ou égal à l'arrêté de la dette du plan ({debt_on}) : il est déjà compté dans la dette.</source>
        <translation>Règlement du {date}, antérieur ou égal à l'arrêté de la dette du plan ({debt_on}) : il est déjà compté dans la dette.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments.py" line="84" />
        <source>Les règlements s'enregistrent sur un plan signé, en cours ou défaillant (ce plan est « {status} »).</source>
        <translation>Les règlements s'enregistrent sur un plan signé, en cours ou défaillant (ce plan est « {status} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments.py" line="131" />
        <source>{plan} : règlement de {amount} du {date}</source>
        <translation>{plan} : règlement de {amount} du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments.py" line="166" />
        <source>Ce règlement n'existe pas ou plus.</source>
        <translation>Ce règlement n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments.py" line="176" />
        <source>{plan} : règlement de {amount} du {date} supprimé</source>
        <translation>{plan} : règlement de {amount} du {date} supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="91" />
        <source>Mode d'envoi inconnu.</source>
        <translation>Mode d'envoi inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="103" />
        <source>Cette action n'existe pas ou plus.</source>
        <translation>Cette action n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="107" />
        <source>Cette action est déjà faite (le {date}).</source>
        <translation>Cette action est déjà faite (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="117" />
        <source>Saisie le {date}, la CCAPEX ne l'est pas 2 mois avant l'assignation prévue le {summons} : reportez l'assignation au {earliest} au moins.</source>
        <translation>Saisie le {date}, la CCAPEX ne l'est pas 2 mois avant l'assignation prévue le {summons} : reportez l'assignation au {earliest} au moins.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="169" />
        <source>Une assignation ne se prévoit que pour un plan défaillant ou caduc.</source>
        <translation>Une assignation ne se prévoit que pour un plan défaillant ou caduc.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="186" />
        <source>{plan} : assignation envisagée le {date}</source>
        <translation>{plan} : assignation envisagée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="218" />
        <source>Seul un protocole se prolonge par avenant.</source>
        <translation>Seul un protocole se prolonge par avenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="222" />
        <source>Un avenant se signe sur un protocole signé, en cours ou défaillant.</source>
        <translation>Un avenant se signe sur un protocole signé, en cours ou défaillant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="255" />
        <source>La dernière échéance ({date}) tombe après la nouvelle fin du protocole ({end}).</source>
        <translation>La dernière échéance ({date}) tombe après la nouvelle fin du protocole ({end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="277" />
        <source>{plan} : avenant signé le {date}, fin reportée au {end} ; reste {amount} en {count}</source>
        <translation>{plan} : avenant signé le {date}, fin reportée au {end} ; reste {amount} en {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="268" />
        <location filename="../../desktop/services/plans/breach.py" line="287" />
        <location filename="../../desktop/services/plans/editing.py" line="157" />
        <source>{n} échéance</source>
        <translation>{n} échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/schedule.py" line="269" />
        <location filename="../../desktop/services/plans/breach.py" line="288" />
        <location filename="../../desktop/services/plans/editing.py" line="158" />
        <source>{n} échéances</source>
        <translation>{n} échéances</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="294" />
        <location filename="../../desktop/services/plans/breach.py" line="303" />
        <source>avenant signé</source>
        <translation>avenant signé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/breach.py" line="336" />
        <source>Un autre poste a modifié un plan pendant l'actualisation : recommencez.</source>
        <translation>Un autre poste a modifié un plan pendant l'actualisation : recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="73" />
        <source>Date du règlement</source>
        <translation>Date du règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="96" />
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="85" />
        <location filename="../../desktop/services/plans/payments_import.py" line="116" />
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="302" />
        <source>Contrat « {value} » inconnu.</source>
        <translation>Contrat « {value} » inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="307" />
        <source>Le contrat « {value} » relève d'une autre agence que la vôtre.</source>
        <translation>Le contrat « {value} » relève d'une autre agence que la vôtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="317" />
        <source>Le dossier de {name} (contrat « {value} ») n'a pas de plan signé ou en cours.</source>
        <translation>Le dossier de {name} (contrat « {value} ») n'a pas de plan signé ou en cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="339" />
        <source>Règlement déjà enregistré (même date, montant et référence) : ignoré.</source>
        <translation>Règlement déjà enregistré (même date, montant et référence) : ignoré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="408" />
        <source>Ligne {line} : le plan de {name} n'est plus en cours. Rien n'a été importé : vérifiez à nouveau le fichier.</source>
        <translation>Ligne {line} : le plan de {name} n'est plus en cours. Rien n'a été importé : vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="435" />
        <source>{plan} : {count} de « {file} », {amount}</source>
        <translation>{plan} : {count} de « {file} », {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="173" />
        <source>{n} règlement importé</source>
        <translation>{n} règlement importé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="166" />
        <source>{n} règlement prêt à importer</source>
        <translation>{n} règlement prêt à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="167" />
        <source>{n} règlements prêts à importer</source>
        <translation>{n} règlements prêts à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="174" />
        <source>{n} règlements importés</source>
        <translation>{n} règlements importés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="194" />
        <source>{n} plan</source>
        <translation>{n} plan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="195" />
        <source>{n} plans</source>
        <translation>{n} plans</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="200" />
        <source>{count} sur {plans}, {amount}.</source>
        <translation>{count} sur {plans}, {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="203" />
        <source>{count} depuis « {file} » sur {plans}, {amount}.</source>
        <translation>{count} depuis « {file} » sur {plans}, {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="214" />
        <source>Plan devenu défaillant : {ids}.</source>
        <translation>Plan devenu défaillant : {ids}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="215" />
        <source>Plans devenus défaillants : {ids}.</source>
        <translation>Plans devenus défaillants : {ids}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="223" />
        <source>Plan soldé : {ids}.</source>
        <translation>Plan soldé : {ids}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="224" />
        <source>Plans soldés : {ids}.</source>
        <translation>Plans soldés : {ids}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/payments_import.py" line="368" />
        <source>Un autre poste a modifié un plan pendant l'import : rien n'a été importé. Recommencez l'import.</source>
        <translation>Un autre poste a modifié un plan pendant l'import : rien n'a été importé. Recommencez l'import.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="199" />
        <source>Dette (€)</source>
        <translation>Dette (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="200" />
        <source>Loyer + charges (€)</source>
        <translation>Loyer + charges (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="201" />
        <source>Mois de dette</source>
        <translation>Mois de dette</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="202" />
        <source>Impayé au sens de l'aide au logement (≥ 2 mois)</source>
        <translation>Impayé au sens de l'aide au logement (≥ 2 mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="203" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="99" />
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="204" />
        <source>Statut de l'accord</source>
        <translation>Statut de l'accord</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="205" />
        <source>Reste dû sur l'accord (€)</source>
        <translation>Reste dû sur l'accord (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="206" />
        <source>Prochaine échéance</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="207" />
        <source>Prochaine action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="208" />
        <source>À faire le</source>
        <translation>À faire le</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="243" />
        <source>Impayés</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="247" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="114" />
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="247" />
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="114" />
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="248" />
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="291" />
        <source>{n} dossier exporté</source>
        <translation>{n} dossier exporté</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plans/arrears.py" line="292" />
        <source>{n} dossiers exportés</source>
        <translation>{n} dossiers exportés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="90" />
        <source>{rule} : clos le {closed}, conservation de {months} mois échue le {due}.</source>
        <translation>{rule} : clos le {closed}, conservation de {months} mois échue le {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="177" />
        <source>{n} dossier à anonymiser</source>
        <translation>{n} dossier à anonymiser</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="178" />
        <source>{n} dossiers à anonymiser</source>
        <translation>{n} dossiers à anonymiser</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="184" />
        <source>{n} dossier anonymisé</source>
        <translation>{n} dossier anonymisé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="185" />
        <source>{n} dossiers anonymisés</source>
        <translation>{n} dossiers anonymisés</translation>
    </message>
    <message>
        <location filename="../../desktop/services/retention.py" line="186" />
        <source>aucun dossier anonymisé</source>
        <translation>aucun dossier anonymisé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/person_export.py" line="530" />
        <source>Saisie</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/services/person_export.py" line="531" />
        <source>Import du relevé comptable</source>
        <translation>Import du relevé comptable</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="48" />
        <source>Échecs de connexion avant verrouillage du compte</source>
        <translation>Échecs de connexion avant verrouillage du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="55" />
        <source>Durée du verrouillage en minutes (0 : jusqu'au déverrouillage par un administrateur)</source>
        <translation>Durée du verrouillage en minutes (0 : jusqu'au déverrouillage par un administrateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="66" />
        <source>Durée de conservation des sauvegardes automatiques (jours)</source>
        <translation>Durée de conservation des sauvegardes automatiques (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="146" />
        <source>Réglage inconnu.</source>
        <translation>Réglage inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="154" />
        <location filename="../../desktop/ui/widgets/form.py" line="259" />
        <source>Nombre entier attendu.</source>
        <translation>Nombre entier attendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="157" />
        <source>Valeur attendue entre {min} et {max}.</source>
        <translation>Valeur attendue entre {min} et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet.py" line="83" />
        <source>Le fichier d'export doit avoir l'extension .xlsx.</source>
        <translation>Le fichier d'export doit avoir l'extension .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/files.py" line="116" />
        <source>Impossible d'écrire le fichier « {name} » : {error}</source>
        <extracomment>Windows: an antivirus or the search indexer opens a file just written for a moment, and renaming onto it (or it onto another) is refused meanwhile, as "sharing violation" or "access denied": tried again after these pauses (seconds) before the refusal is said (a file that Acrobat or Excel keeps open stays refused). Characters Windows refuses in a name (``:`` would even write an NTFS stream of another file: ``bilan 12:00.xlsx`` an empty "bilan 12" holding the workbook unseen).</extracomment>
        <translation>Impossible d'écrire le fichier « {name} » : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="67" />
        <source>Certificat introuvable : {path}.</source>
        <translation>Certificat introuvable : {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="78" />
        <source>Impossible d'ouvrir le certificat {name} : mot de passe incorrect ou fichier PKCS#12 invalide.</source>
        <translation>Impossible d'ouvrir le certificat {name} : mot de passe incorrect ou fichier PKCS#12 invalide.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="292" />
        <source>Le PDF à signer est illisible ({name}).</source>
        <translation>Le PDF à signer est illisible ({name}).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="341" />
        <source>La signature du PDF a échoué : {error}</source>
        <translation>La signature du PDF a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="440" />
        <source>Ce PDF ne comporte aucune signature.</source>
        <translation>Ce PDF ne comporte aucune signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="443" />
        <source>Signature INVALIDE : le document a été modifié depuis sa signature par {signer}.</source>
        <translation>Signature INVALIDE : le document a été modifié depuis sa signature par {signer}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="453" />
        <source>Signé par {signer} le {when}, mais le document a été complété après la signature.</source>
        <translation>Signé par {signer} le {when}, mais le document a été complété après la signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="463" />
        <source>Signature valide : signé par {signer} le {when} ; document intact.</source>
        <translation>Signature valide : signé par {signer} le {when} ; document intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="470" />
        <source>Signé par {signer} le {when} ; document intact. Le certificat n'est pas reconnu comme certificat de confiance sur ce poste.</source>
        <translation>Signé par {signer} le {when} ; document intact. Le certificat n'est pas reconnu comme certificat de confiance sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="511" />
        <source>« {name} » n'est pas un fichier PDF lisible.</source>
        <translation>« {name} » n'est pas un fichier PDF lisible.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/signing.py" line="522" />
        <source>Le fichier « {name} » n'a pas pu être lu : {reason}.</source>
        <translation>Le fichier « {name} » n'a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/users.py" line="92" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/html.py" line="114" />
        <source>Modèle HTML incorrect : {error}</source>
        <translation>Modèle HTML incorrect : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/html.py" line="132" />
        <source>Impossible de produire le PDF : bibliothèques de mise en page absentes : réinstallez Parcours. (Détail : {error})</source>
        <translation>Impossible de produire le PDF : bibliothèques de mise en page absentes : réinstallez Parcours. (Détail : {error})</translation>
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
        <location filename="../../desktop/services/plan_letters.py" line="70" />
        <source>dès qu'une échéance reste impayée plus de {days} jours après sa date</source>
        <translation>dès qu'une échéance reste impayée plus de {days} jours après sa date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="82" />
        <source>dès que {count} échéances restent impayées plus de {days} jours après leur date</source>
        <translation>dès que {count} échéances restent impayées plus de {days} jours après leur date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="96" />
        <source>dès qu'un loyer courant reste impayé plus de {days} jours</source>
        <translation>dès qu'un loyer courant reste impayé plus de {days} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="103" />
        <source> ou </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="164" />
        <source>Aucune échéance de ce plan n'est en retard : pas de relance à envoyer.</source>
        <translation>Aucune échéance de ce plan n'est en retard : pas de relance à envoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="182" />
        <source>La notification de défaillance concerne un plan défaillant (ce plan est « {status} »).</source>
        <translation>La notification de défaillance concerne un plan défaillant (ce plan est « {status} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="196" />
        <source>défaillance constatée le {date}.</source>
        <translation>défaillance constatée le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="242" />
        <source>« {name} » n'est pas un courrier d'accord de paiement.</source>
        <extracomment>a plan that is over: its letters are still possible, but offered after the others</extracomment>
        <translation>« {name} » n'est pas un courrier d'accord de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/plan_letters.py" line="274" />
        <source>Courrier {reference}</source>
        <translation>Courrier {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="44" />
        <source>Accusé de réception du congé</source>
        <translation>Accusé de réception du congé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="45" />
        <source>Demande du justificatif manquant</source>
        <translation>Demande du justificatif manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="46" />
        <source>Confirmation du préavis réduit</source>
        <translation>Confirmation du préavis réduit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="47" />
        <source>Refus du préavis réduit</source>
        <translation>Refus du préavis réduit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="48" />
        <source>Convention d'occupation temporaire (report du départ)</source>
        <translation>Convention d'occupation temporaire (report du départ)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="51" />
        <source>Accusé de remise des clés sans état des lieux</source>
        <translation>Accusé de remise des clés sans état des lieux</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="82" />
        <source>« {name} » n'est pas un courrier de congé.</source>
        <translation>« {name} » n'est pas un courrier de congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="84" />
        <source>Le courrier « {letter} » ne correspond pas à l'état de ce congé.</source>
        <translation>Le courrier « {letter} » ne correspond pas à l'état de ce congé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/notice_letters.py" line="113" />
        <source>votre justificatif reçu le {date} ({document})</source>
        <translation>votre justificatif reçu le {date} ({document})</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/selftest.py" line="78" />
        <source>La vérification de la signature a échoué : {summary}</source>
        <translation>La vérification de la signature a échoué : {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/saved_queries.py" line="61" />
        <location filename="../../desktop/services/saved_queries.py" line="124" />
        <source>Aucune recherche enregistrée ne s'appelle « {name} ».</source>
        <translation>Aucune recherche enregistrée ne s'appelle « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/saved_queries.py" line="76" />
        <source>Nom de la recherche : 1 à {max} caractères.</source>
        <translation>Nom de la recherche : 1 à {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/saved_queries.py" line="95" />
        <source>{max} recherches enregistrées au plus : supprimez-en une.</source>
        <translation>{max} recherches enregistrées au plus : supprimez-en une.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="44" />
        <source>Membre désigné par le conseil</source>
        <translation>Membre désigné par le conseil</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="46" />
        <source>Représentant des locataires</source>
        <translation>Représentant des locataires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="49" />
        <source>Maire de la commune</source>
        <translation>Maire de la commune</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="50" />
        <source>Représentant de l'État</source>
        <translation>Représentant de l'État</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="51" />
        <source>Président de l'EPCI</source>
        <translation>Président de l'EPCI</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="54" />
        <source>Représentant de l'organisme mandant</source>
        <translation>Représentant de l'organisme mandant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="58" />
        <source>Association agréée (L365-3)</source>
        <translation>Association agréée (L365-3)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="62" />
        <source>CCAS ou service social départemental</source>
        <translation>CCAS ou service social départemental</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="65" />
        <source>Maire d'arrondissement</source>
        <translation>Maire d'arrondissement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="66" />
        <location filename="../../desktop/services/attribution.py" line="731" />
        <location filename="../../desktop/services/importer.py" line="110" />
        <source>Réservataire</source>
        <translation>Réservataire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="71" />
        <location filename="../../desktop/domain/minutes.py" line="522" />
        <source>Présent</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="72" />
        <location filename="../../desktop/domain/minutes.py" line="532" />
        <source>À distance</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="73" />
        <source>Représenté</source>
        <translation>Représenté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="74" />
        <location filename="../../desktop/domain/minutes.py" line="555" />
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="78" />
        <source>Séance en présentiel</source>
        <translation>Séance en présentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="79" />
        <source>Séance dématérialisée par visioconférence</source>
        <translation>Séance dématérialisée par visioconférence</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="80" />
        <source>Séance dématérialisée par écrit</source>
        <translation>Séance dématérialisée par écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="90" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="93" />
        <source>Attribution par classement (ordre de priorité)</source>
        <translation>Attribution par classement (ordre de priorité)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="97" />
        <source>Attribution sous condition suspensive</source>
        <translation>Attribution sous condition suspensive</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="99" />
        <source>Non-attribution</source>
        <translation>Non-attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="100" />
        <source>Irrecevabilité</source>
        <translation>Irrecevabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="112" />
        <source>Insuffisance du nombre de candidats</source>
        <translation>Insuffisance du nombre de candidats</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="114" />
        <source>Candidat DALO désigné par le préfet</source>
        <translation>Candidat DALO désigné par le préfet</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="115" />
        <source>Logement PLAI adapté (D331-25-1)</source>
        <translation>Logement PLAI adapté (D331-25-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="119" />
        <source>Pour</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="120" />
        <source>Contre</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="121" />
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="127" />
        <source>Adoptée</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="128" />
        <source>Rejetée</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="130" />
        <source>Partage des voix : non adoptée</source>
        <extracomment>tie not broken (no casting vote available): not adopted</extracomment>
        <translation>Partage des voix : non adoptée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="141" />
        <source>Pouvoir de {giver} à {holder} refusé : seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.</source>
        <extracomment>designated_total, designated_present, designated_represented, designated_counted, designated_required, voting_total, voting_taking_part, remote_required, proxies_accepted, proxies_refused giver id → holder id of the proxies that count</extracomment>
        <translation>Pouvoir de {giver} à {holder} refusé : seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="147" />
        <source>Pouvoir de {giver} à {holder} refusé : pouvoir en double.</source>
        <translation>Pouvoir de {giver} à {holder} refusé : pouvoir en double.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="151" />
        <source>Pouvoir de {giver} à {holder} ignoré : {giver} n'est pas indiqué comme représenté.</source>
        <translation>Pouvoir de {giver} à {holder} ignoré : {giver} n'est pas indiqué comme représenté.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="157" />
        <source>Pouvoir de {giver} à {holder} refusé : le mandataire ne participe pas à la séance.</source>
        <translation>Pouvoir de {giver} à {holder} refusé : le mandataire ne participe pas à la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="163" />
        <source>Pouvoir de {giver} à {holder} refusé : un membre ne peut détenir plus de {max}.</source>
        <translation>Pouvoir de {giver} à {holder} refusé : un membre ne peut détenir plus de {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="85" />
        <source>{n} pouvoir</source>
        <translation>{n} pouvoir</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="86" />
        <source>{n} pouvoirs</source>
        <translation>{n} pouvoirs</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="215" />
        <source>Quorum non atteint : {count} sur {total}, {required} requis.</source>
        <translation>Quorum non atteint : {count} sur {total}, {required} requis.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="69" />
        <source>{n} membre désigné présent ou représenté</source>
        <extracomment>designated members (board's 6, tenant representative included) present or represented needed; default half of the 6 (UNCONFIRMED practice) proxies a member may hold (UNCONFIRMED practice: one) whether the règlement intérieur provides remote sessions (loi 3DS) share of the voting members who must take part in a remote session whether a represented member counts as taking part in a remote session</extracomment>
        <translation>{n} membre désigné présent ou représenté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="70" />
        <source>{n} membres désignés présents ou représentés</source>
        <translation>{n} membres désignés présents ou représentés</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="71" />
        <source>aucun membre désigné présent ou représenté</source>
        <translation>aucun membre désigné présent ou représenté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="244" />
        <source>Séance dématérialisée : {count} sur {total} (au moins {required} requis).</source>
        <translation>Séance dématérialisée : {count} sur {total} (au moins {required} requis).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="249" />
        <source>Séance dématérialisée non valable : {count} sur {total}, au moins la moitié ({required}) requise.</source>
        <translation>Séance dématérialisée non valable : {count} sur {total}, au moins la moitié ({required}) requise.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="77" />
        <source>{n} membre à voix délibérative participe</source>
        <translation>{n} membre à voix délibérative participe</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="78" />
        <source>{n} membres à voix délibérative participent</source>
        <translation>{n} membres à voix délibérative participent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="79" />
        <source>aucun membre à voix délibérative ne participe</source>
        <translation>aucun membre à voix délibérative ne participe</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="187" />
        <source>{name} est indiqué comme représenté sans pouvoir valable : compté absent.</source>
        <translation>{name} est indiqué comme représenté sans pouvoir valable : compté absent.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="209" />
        <source>Membres désignés présents ou représentés : {count} sur {total} ({required} requis).</source>
        <translation>Membres désignés présents ou représentés : {count} sur {total} ({required} requis).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="234" />
        <source>Le règlement intérieur ne prévoit pas de séance dématérialisée.</source>
        <translation>Le règlement intérieur ne prévoit pas de séance dématérialisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/quorum.py" line="282" />
        <source>Le quorum n'est pas atteint : la commission ne peut pas délibérer.</source>
        <translation>Le quorum n'est pas atteint : la commission ne peut pas délibérer.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="50" />
        <source>Le candidat {name} n'a pas de numéro unique : sa demande ne peut pas être examinée.</source>
        <translation>Le candidat {name} n'a pas de numéro unique : sa demande ne peut pas être examinée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="59" />
        <source>Le numéro unique {number} figure deux fois pour ce logement.</source>
        <translation>Le numéro unique {number} figure deux fois pour ce logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="78" />
        <source>{n} seul candidat pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</source>
        <translation>{n} seul candidat pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="83" />
        <source>{n} candidats seulement pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</source>
        <translation>{n} candidats seulement pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="88" />
        <source>Aucun candidat pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</source>
        <translation>Aucun candidat pour ce logement : au moins {min} sont requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="101" />
        <source>{n} candidat</source>
        <translation>{n} candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="102" />
        <source>{n} candidats</source>
        <translation>{n} candidats</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="103" />
        <source>aucun candidat</source>
        <translation>aucun candidat</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="111" />
        <source>{n} adulte</source>
        <translation>{n} adulte</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="112" />
        <source>{n} adultes</source>
        <translation>{n} adultes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="117" />
        <source>{adults}, {children}</source>
        <translation>{adults}, {children}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="122" />
        <source>{n} enfant</source>
        <translation>{n} enfant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="123" />
        <source>{n} enfants</source>
        <translation>{n} enfants</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="138" />
        <location filename="../../desktop/domain/caleol/decisions.py" line="181" />
        <source>Le rang doit être compris entre 1 et {max}.</source>
        <translation>Le rang doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="143" />
        <source>Le rang {rank} est attribué à plusieurs candidats.</source>
        <translation>Le rang {rank} est attribué à plusieurs candidats.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="175" />
        <source>Une attribution par classement doit indiquer le rang du candidat.</source>
        <translation>Une attribution par classement doit indiquer le rang du candidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="186" />
        <source>Un rang ne s'indique que pour une attribution par classement.</source>
        <translation>Un rang ne s'indique que pour une attribution par classement.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="194" />
        <source>Indiquez la pièce manquante de la condition suspensive.</source>
        <translation>Indiquez la pièce manquante de la condition suspensive.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="200" />
        <source>Indiquez la date limite de production de la pièce manquante.</source>
        <translation>Indiquez la date limite de production de la pièce manquante.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="206" />
        <source>La date limite de la condition suspensive doit être postérieure à la séance.</source>
        <translation>La date limite de la condition suspensive doit être postérieure à la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="214" />
        <source>Le motif est obligatoire pour une décision de {decision}.</source>
        <translation>Le motif est obligatoire pour une décision de {decision}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="59" />
        <source>Le vote du maire n'est pas compté : le logement n'est pas situé dans sa commune.</source>
        <translation>Le vote du maire n'est pas compté : le logement n'est pas situé dans sa commune.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="77" />
        <source>Partage des voix ({pour} pour, {contre} contre) : la voix prépondérante du maire l'emporte ({vote}).</source>
        <translation>Partage des voix ({pour} pour, {contre} contre) : la voix prépondérante du maire l'emporte ({vote}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="89" />
        <source>Partage des voix ({pour} pour, {contre} contre) sans voix prépondérante : la proposition n'est pas adoptée.</source>
        <translation>Partage des voix ({pour} pour, {contre} contre) sans voix prépondérante : la proposition n'est pas adoptée.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/offers.py" line="36" />
        <location filename="../../desktop/services/caleol/letters.py" line="544" />
        <source>Le délai de réponse à une offre de logement ne peut être inférieur à {min} jours.</source>
        <translation>Le délai de réponse à une offre de logement ne peut être inférieur à {min} jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="145" />
        <source>En préparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="146" />
        <source>Séance ouverte</source>
        <translation>Séance ouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="147" />
        <source>Séance close</source>
        <translation>Séance close</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="151" />
        <source>Attribution d'un logement</source>
        <translation>Attribution d'un logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="154" />
        <source>Examen de l'occupation du logement</source>
        <translation>Examen de l'occupation du logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="163" />
        <source>Sur-occupation du logement (L822-10)</source>
        <translation>Sur-occupation du logement (L822-10)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="167" />
        <source>Sous-occupation du logement (L621-2)</source>
        <translation>Sous-occupation du logement (L621-2)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="171" />
        <source>Logement adapté dont l'occupant handicapé est parti</source>
        <translation>Logement adapté dont l'occupant handicapé est parti</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="175" />
        <source>Handicap ou perte d'autonomie nécessitant un logement adapté</source>
        <translation>Handicap ou perte d'autonomie nécessitant un logement adapté</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="181" />
        <source>Ressources supérieures aux plafonds</source>
        <translation>Ressources supérieures aux plafonds</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="188" />
        <source>Reconnu prioritaire DALO (désigné par le préfet)</source>
        <translation>Reconnu prioritaire DALO (désigné par le préfet)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="191" />
        <source>Personne en situation de handicap ou ménage en ayant une à charge</source>
        <translation>Personne en situation de handicap ou ménage en ayant une à charge</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="195" />
        <source>Personne mal logée ou défavorisée</source>
        <translation>Personne mal logée ou défavorisée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="196" />
        <source>Personne hébergée ou logée temporairement</source>
        <translation>Personne hébergée ou logée temporairement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="199" />
        <source>Reprise d'activité après une période de chômage de longue durée</source>
        <translation>Reprise d'activité après une période de chômage de longue durée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="205" />
        <source>Logement indigne, insalubre ou dangereux</source>
        <translation>Logement indigne, insalubre ou dangereux</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="209" />
        <source>Violences au sein du couple ou mariage forcé</source>
        <translation>Violences au sein du couple ou mariage forcé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="213" />
        <source>Violences sexuelles au domicile avec mesure de protection</source>
        <translation>Violences sexuelles au domicile avec mesure de protection</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="217" />
        <source>Parcours de sortie de la prostitution</source>
        <translation>Parcours de sortie de la prostitution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="221" />
        <source>Victime de traite des êtres humains ou de proxénétisme</source>
        <translation>Victime de traite des êtres humains ou de proxénétisme</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="225" />
        <source>Enfant mineur dans un logement sur-occupé ou non décent</source>
        <translation>Enfant mineur dans un logement sur-occupé ou non décent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="229" />
        <source>Dépourvu de logement, y compris hébergé par des tiers</source>
        <translation>Dépourvu de logement, y compris hébergé par des tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="231" />
        <source>Menacé d'expulsion sans relogement</source>
        <translation>Menacé d'expulsion sans relogement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="235" />
        <source>En séance</source>
        <translation>En séance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="236" />
        <source>Vote à distance</source>
        <translation>Vote à distance</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="237" />
        <source>Importé de l'outil de vote</source>
        <translation>Importé de l'outil de vote</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/common.py" line="239" />
        <source>Voté par le membre dans l'application</source>
        <extracomment>cast by the member himself in the application (issue 17)</extracomment>
        <translation>Voté par le membre dans l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="133" />
        <source>{name} siège avec voix consultative : son vote ne peut pas être enregistré.</source>
        <translation>{name} siège avec voix consultative : son vote ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="145" />
        <source>La commune du maire {name} n'est pas renseignée : son vote ne peut pas être enregistré.</source>
        <translation>La commune du maire {name} n'est pas renseignée : son vote ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="154" />
        <source>{name} ne vote que pour les logements de sa commune ({commune}) : ce logement est situé à {dwelling}.</source>
        <translation>{name} ne vote que pour les logements de sa commune ({commune}) : ce logement est situé à {dwelling}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/votes.py" line="160" />
        <source>{name} ne vote que pour les logements du territoire de l'EPCI ({commune}) : ce logement est situé à {dwelling}.</source>
        <translation>{name} ne vote que pour les logements du territoire de l'EPCI ({commune}) : ce logement est situé à {dwelling}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="234" />
        <source>Le logement est déjà attribué à un autre candidat : classez ce candidat (rang) ou retirez d'abord l'autre attribution.</source>
        <translation>Le logement est déjà attribué à un autre candidat : classez ce candidat (rang) ou retirez d'abord l'autre attribution.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="256" />
        <source>Attention : la décision « {decision} » contredit le vote ({outcome}).</source>
        <translation>Attention : la décision « {decision} » contredit le vote ({outcome}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/decisions.py" line="263" />
        <source>Attention : la décision « {decision} » contredit le vote (proposition adoptée).</source>
        <translation>Attention : la décision « {decision} » contredit le vote (proposition adoptée).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/offers.py" line="57" />
        <source>Proposition en cours</source>
        <translation>Proposition en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/offers.py" line="58" />
        <source>Acceptée</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/offers.py" line="59" />
        <source>Refusée</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/offers.py" line="61" />
        <source>Sans réponse dans le délai (refus)</source>
        <extracomment>no answer by the deadline: counts as a refusal (R441-10)</extracomment>
        <translation>Sans réponse dans le délai (refus)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/caleol/offers.py" line="65" />
        <source>Close (logement attribué à un autre candidat)</source>
        <extracomment>closed: the dwelling went to another candidate</extracomment>
        <translation>Close (logement attribué à un autre candidat)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/report.py" line="52" />
        <source>Indiquez le rapport : {names}.</source>
        <translation>Indiquez le rapport : {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/report.py" line="59" />
        <source>Indiquez le fichier à écrire, d'extension .pdf ou .xlsx.</source>
        <translation>Indiquez le fichier à écrire, d'extension .pdf ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="89" />
        <source>Proposition de logement (attribution)</source>
        <translation>Proposition de logement (attribution)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="90" />
        <source>Attribution en rang</source>
        <translation>Attribution en rang</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="91" />
        <source>Refus d'attribution ou irrecevabilité</source>
        <translation>Refus d'attribution ou irrecevabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="92" />
        <source>Attribution sous condition suspensive (pièce manquante)</source>
        <translation>Attribution sous condition suspensive (pièce manquante)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="193" />
        <source>adresse postale absente.</source>
        <extracomment>None: no decision yet the letter is an offer: it sets an answer deadline candidates ranked before him (rank letters); for an offer to a candidate who moved up, those before him in the line, who did not accept it an earlier notification, if any an offer to a ranked candidate after those before him refused it or let the deadline pass (``desktop.services.caleol.offers``) where the offer stands for him (None: not offered) the copies in the folder the user chose a registered offer letter: its deadline runs from the receipt, to be recorded every PDF in one file, in agenda order, to print (PDF asked only)</extracomment>
        <translation>adresse postale absente.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="204" />
        <source>la dernière ligne de l'adresse doit être le code postal (5 chiffres) suivi de la commune (« {line} »).</source>
        <translation>la dernière ligne de l'adresse doit être le code postal (5 chiffres) suivi de la commune (« {line} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="219" />
        <source>adresse sans numéro ni voie.</source>
        <translation>adresse sans numéro ni voie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="226" />
        <source>adresse trop longue : 6 lignes au plus, nom compris.</source>
        <translation>adresse trop longue : 6 lignes au plus, nom compris.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="308" />
        <source>aucune décision n'est enregistrée.</source>
        <translation>aucune décision n'est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="332" />
        <source>la proposition a déjà reçu une suite ({status}) : aucun nouveau courrier.</source>
        <translation>la proposition a déjà reçu une suite ({status}) : aucun nouveau courrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="345" />
        <source>adresse : {detail}</source>
        <translation>adresse : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="351" />
        <source>le loyer ou les charges du logement {reference} ne sont pas renseignés dans la fiche logement.</source>
        <translation>le loyer ou les charges du logement {reference} ne sont pas renseignés dans la fiche logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="496" />
        <source>- {name} ({number}, logement {dwelling}) : {problem}</source>
        <translation>- {name} ({number}, logement {dwelling}) : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="508" />
        <source>Des décisions manquent : aucune lettre n'a été produite. Enregistrez la décision de chaque candidat, puis recommencez.
{details}</source>
        <translation>Des décisions manquent : aucune lettre n'a été produite. Enregistrez la décision de chaque candidat, puis recommencez.
{details}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="514" />
        <source>Aucune lettre n'a été produite : corrigez d'abord ces candidats.
{details}</source>
        <translation>Aucune lettre n'a été produite : corrigez d'abord ces candidats.
{details}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="526" />
        <source>La séance {number} n'est pas close : les décisions ne sont notifiées qu'une fois la séance terminée.</source>
        <translation>La séance {number} n'est pas close : les décisions ne sont notifiées qu'une fois la séance terminée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="537" />
        <source>La notification ne peut pas précéder la séance (du {date}).</source>
        <translation>La notification ne peut pas précéder la séance (du {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="619" />
        <source>Le candidat n° {id} n'est pas un candidat de cette séance.</source>
        <translation>Le candidat n° {id} n'est pas un candidat de cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="629" />
        <source>La séance {number} n'a aucun candidat à un logement : aucune lettre à produire.</source>
        <translation>La séance {number} n'a aucun candidat à un logement : aucune lettre à produire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="660" />
        <source>la pièce manquante est demandée pour le {deadline}, qui ne vient pas après la notification du {notified} : fixez un nouveau délai dans la décision.</source>
        <translation>la pièce manquante est demandée pour le {deadline}, qui ne vient pas après la notification du {notified} : fixez un nouveau délai dans la décision.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="793" />
        <source>la conversion en PDF a échoué.</source>
        <translation>la conversion en PDF a échoué.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="809" />
        <source>Impossible de créer le dossier « {path} » : {error}</source>
        <translation>Impossible de créer le dossier « {path} » : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="859" />
        <source>Impossible d'écrire « {name} » dans le dossier choisi : {error}</source>
        <translation>Impossible d'écrire « {name} » dans le dossier choisi : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="896" />
        <source>La décision de {name} a été modifiée pendant la production des lettres : rien n'a été enregistré, recommencez.</source>
        <translation>La décision de {name} a été modifiée pendant la production des lettres : rien n'a été enregistré, recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/letters.py" line="907" />
        <source>La proposition faite à {name} a changé pendant la production des lettres : rien n'a été enregistré, recommencez.</source>
        <translation>La proposition faite à {name} a changé pendant la production des lettres : rien n'a été enregistré, recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/common.py" line="137" />
        <source>La séance n° {id} n'existe pas ou plus.</source>
        <translation>La séance n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/common.py" line="201" />
        <source>Le PDF de la version {number} du procès-verbal est introuvable ({path}).</source>
        <extracomment>the PDF once moved into the session's folder (removed again if the write fails)</extracomment>
        <translation>Le PDF de la version {number} du procès-verbal est introuvable ({path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/common.py" line="212" />
        <source>Le PDF de la version {number} du procès-verbal a été modifié depuis sa production (empreinte SHA-256 différente) : il ne peut plus être utilisé.</source>
        <translation>Le PDF de la version {number} du procès-verbal a été modifié depuis sa production (empreinte SHA-256 différente) : il ne peut plus être utilisé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/common.py" line="241" />
        <source>La séance n° {number} est verrouillée depuis la signature de son procès-verbal{when} : aucune modification n'est plus possible.</source>
        <translation>La séance n° {number} est verrouillée depuis la signature de son procès-verbal{when} : aucune modification n'est plus possible.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/common.py" line="262" />
        <source>La version n° {id} du procès-verbal n'existe pas ou plus.</source>
        <translation>La version n° {id} du procès-verbal n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/common.py" line="285" />
        <source>La version {number} du procès-verbal a été remplacée par la version {latest} : travaillez sur la dernière version.</source>
        <translation>La version {number} du procès-verbal a été remplacée par la version {latest} : travaillez sur la dernière version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/drafts.py" line="73" />
        <source>La note de modification est trop longue ({max} caractères au plus).</source>
        <translation>La note de modification est trop longue ({max} caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/drafts.py" line="87" />
        <source>La séance n° {number} est encore en préparation : son procès-verbal se rédige une fois la séance tenue.</source>
        <translation>La séance n° {number} est encore en préparation : son procès-verbal se rédige une fois la séance tenue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/drafts.py" line="100" />
        <source>Indiquez ce qui a changé depuis la version {number} (par exemple les remarques des membres prises en compte).</source>
        <translation>Indiquez ce qui a changé depuis la version {number} (par exemple les remarques des membres prises en compte).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/drafts.py" line="128" />
        <source>Une autre version du procès-verbal vient d'être produite par un collègue : recommencez pour partir de la dernière.</source>
        <translation>Une autre version du procès-verbal vient d'être produite par un collègue : recommencez pour partir de la dernière.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/drafts.py" line="185" />
        <source>Indiquez les modifications apportées au procès-verbal.</source>
        <translation>Indiquez les modifications apportées au procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="71" />
        <source>La version {number} est « {status} » : seul un projet peut être soumis aux membres.</source>
        <translation>La version {number} est « {status} » : seul un projet peut être soumis aux membres.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="83" />
        <source>Aucun membre à voix délibérative n'est convoqué à cette séance.</source>
        <translation>Aucun membre à voix délibérative n'est convoqué à cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="122" />
        <source>Impossible d'écrire les exemplaires dans {folder} : {error}</source>
        <translation>Impossible d'écrire les exemplaires dans {folder} : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="157" />
        <source>Réponse inconnue : « {value} » (approbation ou demande de modification).</source>
        <translation>Réponse inconnue : « {value} » (approbation ou demande de modification).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="166" />
        <source>Indiquez la modification demandée.</source>
        <translation>Indiquez la modification demandée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="171" />
        <source>Le commentaire est trop long ({max} caractères au plus).</source>
        <translation>Le commentaire est trop long ({max} caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="183" />
        <source>Ce membre ne siège pas à la commission de cette séance.</source>
        <translation>Ce membre ne siège pas à la commission de cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="200" />
        <source>Accès refusé : vous ne pouvez répondre que pour vous-même ({name} n'est pas le membre lié à votre compte). Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : vous ne pouvez répondre que pour vous-même ({name} n'est pas le membre lié à votre compte). Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="218" />
        <source>La version {number} n'est pas soumise aux membres (état : {status}) : aucune réponse ne peut être enregistrée.</source>
        <translation>La version {number} n'est pas soumise aux membres (état : {status}) : aucune réponse ne peut être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/review.py" line="228" />
        <source>{name} siège avec voix consultative : il peut formuler une remarque mais n'approuve pas le procès-verbal.</source>
        <translation>{name} siège avec voix consultative : il peut formuler une remarque mais n'approuve pas le procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/drafts.py" line="230" />
        <source>Les deux versions comparées doivent être celles d'une même séance.</source>
        <translation>Les deux versions comparées doivent être celles d'une même séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="90" />
        <source>Personne ne peut signer le procès-verbal de la séance n° {number} : la commission n'a pas de président et aucun suppléant n'a été désigné pour présider la séance.</source>
        <translation>Personne ne peut signer le procès-verbal de la séance n° {number} : la commission n'a pas de président et aucun suppléant n'a été désigné pour présider la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="109" />
        <source>{name} ({quality}) signe le procès-verbal de la séance n° {number}, mais aucun compte n'est lié à son siège : liez son compte à sa fiche de membre pour qu'il signe depuis son propre compte.</source>
        <translation>{name} ({quality}) signe le procès-verbal de la séance n° {number}, mais aucun compte n'est lié à son siège : liez son compte à sa fiche de membre pour qu'il signe depuis son propre compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="123" />
        <source>Accès refusé : le procès-verbal de la séance n° {number} est signé par {name} ({quality}), depuis son propre compte ; personne ne signe à sa place, pas même un administrateur. Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : le procès-verbal de la séance n° {number} est signé par {name} ({quality}), depuis son propre compte ; personne ne signe à sa place, pas même un administrateur. Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="226" />
        <source>Le certificat choisi est établi au nom de « {certificate} » : {name} signe le procès-verbal avec son propre certificat, établi à son nom ({expected}).</source>
        <extracomment>named as the president's substitute for the session why the actor cannot sign (empty: he is the signatory)</extracomment>
        <translation>Le certificat choisi est établi au nom de « {certificate} » : {name} signe le procès-verbal avec son propre certificat, établi à son nom ({expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="241" />
        <source>Clôturez la séance n° {number} avant de signer son procès-verbal : aucun vote ni décision ne doit pouvoir changer ensuite.</source>
        <translation>Clôturez la séance n° {number} avant de signer son procès-verbal : aucun vote ni décision ne doit pouvoir changer ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="260" />
        <source>Les données de la séance ont changé depuis la version {number} du procès-verbal ({count}, par exemple « {line} ») : produisez une nouvelle version et faites-la approuver avant de signer.</source>
        <translation>Les données de la séance ont changé depuis la version {number} du procès-verbal ({count}, par exemple « {line} ») : produisez une nouvelle version et faites-la approuver avant de signer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="269" />
        <source>{n} ligne</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="270" />
        <source>{n} lignes</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="283" />
        <source>La version {number} du procès-verbal ne peut pas être signée : elle doit d'abord être approuvée par chaque membre à voix délibérative ayant participé à la séance (en attente : {missing}).</source>
        <translation>La version {number} du procès-verbal ne peut pas être signée : elle doit d'abord être approuvée par chaque membre à voix délibérative ayant participé à la séance (en attente : {missing}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/sign.py" line="330" />
        <source>La version {number} a changé d'état pendant la signature : recommencez.</source>
        <translation>La version {number} a changé d'état pendant la signature : recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/export.py" line="38" />
        <source>Un extrait ne peut être établi qu'à partir d'un procès-verbal approuvé ou signé (la version {number} est « {status} »).</source>
        <extracomment>an extract is made from approved or signed minutes only</extracomment>
        <translation>Un extrait ne peut être établi qu'à partir d'un procès-verbal approuvé ou signé (la version {number} est « {status} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/export.py" line="119" />
        <source>Le fichier de sortie doit se terminer par .pdf ou .docx : « {name} ».</source>
        <translation>Le fichier de sortie doit se terminer par .pdf ou .docx : « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/export.py" line="132" />
        <source>Aucun procès-verbal n'a encore été produit pour cette séance : l'extrait ne peut pas être établi.</source>
        <translation>Aucun procès-verbal n'a encore été produit pour cette séance : l'extrait ne peut pas être établi.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/minutes/export.py" line="159" />
        <source>Le procès-verbal signé est introuvable ou a été modifié depuis sa signature ({path}).</source>
        <translation>Le procès-verbal signé est introuvable ou a été modifié depuis sa signature ({path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/data.py" line="259" />
        <source>{rule} : campagne terminée le {end}, conservation de {months} mois (échéance le {due}).</source>
        <translation>{rule} : campagne terminée le {end}, conservation de {months} mois (échéance le {due}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="62" />
        <source>La campagne n° {id} n'existe pas ou plus.</source>
        <translation>La campagne n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="64" />
        <source>La fiche d'appel n° {id} n'existe pas ou plus.</source>
        <translation>La fiche d'appel n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="66" />
        <source>L'appel n° {id} n'existe pas ou plus.</source>
        <translation>L'appel n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="68" />
        <source>L'orientation n° {id} n'existe pas ou plus.</source>
        <translation>L'orientation n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="86" />
        <source>Cette campagne a été modifiée par {user} le {date} à {time} depuis que vous l'avez ouverte. Vos changements n'ont pas été enregistrés : rechargez-la.</source>
        <translation>Cette campagne a été modifiée par {user} le {date} à {time} depuis que vous l'avez ouverte. Vos changements n'ont pas été enregistrés : rechargez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="100" />
        <source>Cette fiche d'appel a été modifiée depuis que vous l'avez ouverte (un autre appel a peut-être été enregistré). Rien n'a été enregistré : rechargez la fiche.</source>
        <translation>Cette fiche d'appel a été modifiée depuis que vous l'avez ouverte (un autre appel a peut-être été enregistré). Rien n'a été enregistré : rechargez la fiche.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="138" />
        <source>Accès refusé : cette fiche d'appel n'est pas dans votre liste. Ce refus a été enregistré dans le journal d'audit.</source>
        <translation>Accès refusé : cette fiche d'appel n'est pas dans votre liste. Ce refus a été enregistré dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="172" />
        <source>La campagne « {name} » n'est pas en cours ({status}) : aucun appel ne peut y être enregistré.</source>
        <translation>La campagne « {name} » n'est pas en cours ({status}) : aucun appel ne peut y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="226" />
        <source>Cette agence n'existe pas.</source>
        <translation>Cette agence n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/common.py" line="269" />
        <source>Une campagne s'appelle déjà « {name} ».</source>
        <translation>Une campagne s'appelle déjà « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/editing.py" line="98" />
        <source>Une campagne terminée ne peut plus être modifiée.</source>
        <translation>Une campagne terminée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/editing.py" line="115" />
        <source>Campagne en cours : seuls le nom, l'objet et la fin prévue peuvent encore changer.</source>
        <translation>Campagne en cours : seuls le nom, l'objet et la fin prévue peuvent encore changer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/editing.py" line="124" />
        <source>La fin prévue ne peut pas être passée : terminez la campagne.</source>
        <translation>La fin prévue ne peut pas être passée : terminez la campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/editing.py" line="153" />
        <source>Seule une campagne en brouillon peut être supprimée.</source>
        <translation>Seule une campagne en brouillon peut être supprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="165" />
        <source>La recherche « {name} » porte sur une autre agence que la campagne.</source>
        <translation>La recherche « {name} » porte sur une autre agence que la campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="326" />
        <source>Compte inconnu : n° {ids}.</source>
        <translation>Compte inconnu : n° {ids}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="333" />
        <source>Ces comptes ne peuvent pas appeler (désactivés ou rôle sans droit d'appel) : {names}.</source>
        <translation>Ces comptes ne peuvent pas appeler (désactivés ou rôle sans droit d'appel) : {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="380" />
        <source>La campagne est terminée : ses appelants ne changent plus.</source>
        <translation>La campagne est terminée : ses appelants ne changent plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="430" />
        <source>Ce compte n'est pas appelant de la campagne.</source>
        <translation>Ce compte n'est pas appelant de la campagne.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="462" />
        <location filename="../../desktop/services/campaigns/targets.py" line="491" />
        <source>Cette campagne a déjà été lancée.</source>
        <translation>Cette campagne a déjà été lancée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="466" />
        <source>La campagne se lance entre sa date de début ({start}) et sa fin prévue ({end}).</source>
        <translation>La campagne se lance entre sa date de début ({start}) et sa fin prévue ({end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="480" />
        <source>Aucun locataire à appeler : personne de {age} ans ou plus avec un numéro de téléphone valide dans la recherche « {name} ».</source>
        <translation>Aucun locataire à appeler : personne de {age} ans ou plus avec un numéro de téléphone valide dans la recherche « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="566" />
        <source>Seule une campagne en cours peut être terminée.</source>
        <translation>Seule une campagne en cours peut être terminée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/targets.py" line="570" />
        <source>La fin ne peut pas précéder le lancement.</source>
        <translation>La fin ne peut pas précéder le lancement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="134" />
        <source>L'appel ne peut pas être daté dans le futur.</source>
        <translation>L'appel ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="142" />
        <source>L'appel ne peut pas précéder le lancement de la campagne ({date}).</source>
        <translation>L'appel ne peut pas précéder le lancement de la campagne ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="268" />
        <source>Étape d'escalade attendue : voisin, facteur ou visite sur place.</source>
        <translation>Étape d'escalade attendue : voisin, facteur ou visite sur place.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="276" />
        <source>Un numéro erroné ne concerne que les appels.</source>
        <translation>Un numéro erroné ne concerne que les appels.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="330" />
        <source>Recueillez l'accord de la personne avant de transmettre ses coordonnées à un partenaire (sauf urgence vitale).</source>
        <translation>Recueillez l'accord de la personne avant de transmettre ses coordonnées à un partenaire (sauf urgence vitale).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="338" />
        <source>Indiquez le nom du partenaire.</source>
        <translation>Indiquez le nom du partenaire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="342" />
        <source>La date de transmission ne peut pas être dans le futur.</source>
        <translation>La date de transmission ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="413" />
        <source>L'aide se constate à la clôture de l'orientation.</source>
        <translation>L'aide se constate à la clôture de l'orientation.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="417" />
        <source>Indiquez la suite donnée par le partenaire.</source>
        <translation>Indiquez la suite donnée par le partenaire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="436" />
        <source>Cette orientation a été modifiée par {user} depuis que vous l'avez ouverte : rechargez-la.</source>
        <translation>Cette orientation a été modifiée par {user} depuis que vous l'avez ouverte : rechargez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/calls.py" line="449" />
        <source>La date précède la transmission ({date}).</source>
        <translation>La date précède la transmission ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/campaigns/purge.py" line="122" />
        <source>Seule une campagne terminée peut être purgée (statut actuel : {status}).</source>
        <translation>Seule une campagne terminée peut être purgée (statut actuel : {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="37" />
        <source>Toutes les agences</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="63" />
        <source>Rapport inconnu : « {name} ». Rapports disponibles : {names}.</source>
        <translation>Rapport inconnu : « {name} ». Rapports disponibles : {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="70" />
        <source>Indiquez le début de la période.</source>
        <translation>Indiquez le début de la période.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="72" />
        <source>Indiquez la fin de la période.</source>
        <translation>Indiquez la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="76" />
        <source>La fin de la période précède son début.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="80" />
        <source>La période ne peut pas dépasser {n} mois.</source>
        <translation>La période ne peut pas dépasser {n} mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="161" />
        <source>L'EPCI est obligatoire.</source>
        <translation>L'EPCI est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="163" />
        <source>Année incorrecte.</source>
        <translation>Année incorrecte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="168" />
        <source>Le seuil du premier quartile est un montant annuel positif.</source>
        <translation>Le seuil du premier quartile est un montant annuel positif.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="176" />
        <source>Un objectif est un pourcentage de 0 à 100.</source>
        <translation>Un objectif est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="712" />
        <source>Objectifs d'attribution (EPCI, année)</source>
        <extracomment>the candidate's decision already counts as an allocation (positive decision, first in line, offer not refused): the proposal the committee is making</extracomment>
        <translation>Objectifs d'attribution (EPCI, année)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="713" />
        <source>Pour un EPCI et une année : chaque objectif de la loi Égalité et Citoyenneté (1er quartile hors QPV, autres quartiles en QPV, publics prioritaires par réservataire), le chiffre atteint et les attributions qui le font.</source>
        <translation>Pour un EPCI et une année : chaque objectif de la loi Égalité et Citoyenneté (1er quartile hors QPV, autres quartiles en QPV, publics prioritaires par réservataire), le chiffre atteint et les attributions qui le font.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="724" />
        <source>Bilan annuel de la gestion en flux (réservataire, année)</source>
        <translation>Bilan annuel de la gestion en flux (réservataire, année)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="725" />
        <source>Pour un réservataire et une année : les logements proposés à son flux et attribués, par typologie, financement, QPV ou non et commune.</source>
        <translation>Pour un réservataire et une année : les logements proposés à son flux et attribués, par typologie, financement, QPV ou non et commune.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="746" />
        <source>Rapport inconnu : « {name} ».</source>
        <translation>Rapport inconnu : « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="763" />
        <source>Choisissez un EPCI.</source>
        <translation>Choisissez un EPCI.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="765" />
        <source>Choisissez un réservataire.</source>
        <translation>Choisissez un réservataire.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="810" />
        <location filename="../../desktop/services/reports.py" line="173" />
        <source>Le fichier du rapport doit se terminer par .pdf ou .xlsx (reçu : « {name} »).</source>
        <translation>Le fichier du rapport doit se terminer par .pdf ou .xlsx (reçu : « {name} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="824" />
        <source>Aucun logement n'a été proposé au flux de {holder} en {year}.</source>
        <translation>Aucun logement n'a été proposé au flux de {holder} en {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="890" />
        <source>Financement attendu : PLAI, PLUS, PLS ou PLI.</source>
        <extracomment>the dwelling's columns ``set_dwelling_data`` writes (and audits)</extracomment>
        <translation>Financement attendu : PLAI, PLUS, PLS ou PLI.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="894" />
        <source>Réservataire : 120 caractères au plus.</source>
        <translation>Réservataire : 120 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="897" />
        <source>EPCI : 160 caractères au plus.</source>
        <translation>EPCI : 160 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="903" />
        <source>Ce logement n'existe plus.</source>
        <translation>Ce logement n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="815" />
        <location filename="../../desktop/services/reports.py" line="179" />
        <source>Calcul des chiffres</source>
        <translation>Calcul des chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attribution.py" line="848" />
        <location filename="../../desktop/services/reports.py" line="218" />
        <source>Rapport enregistré</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="48" />
        <source>Erreur inattendue : {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="189" />
        <source>Date obligatoire (JJ/MM/AAAA).</source>
        <translation>Date obligatoire (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="195" />
        <source>Date illisible : saisissez JJ/MM/AAAA.</source>
        <translation>Date illisible : saisissez JJ/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="209" />
        <source>Heure illisible : saisissez HH:MM.</source>
        <translation>Heure illisible : saisissez HH:MM.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="224" />
        <source>Date et heure illisibles : saisissez JJ/MM/AAAA HH:MM.</source>
        <translation>Date et heure illisibles : saisissez JJ/MM/AAAA HH:MM.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="245" />
        <source>Nombre illisible : saisissez par exemple 1 234,56.</source>
        <translation>Nombre illisible : saisissez par exemple 1 234,56.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="264" />
        <source>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</source>
        <translation>Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="266" />
        <source>Montant invalide : attendu un nombre (ex. 1 234,56).</source>
        <translation>Montant invalide : attendu un nombre (ex. 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="164" />
        <source>La proposition faite à {name} a été modifiée par {user} depuis que vous l'avez ouverte : rechargez la liste et recommencez.</source>
        <extracomment>the status on the day asked (an unanswered offer past its deadline: LAPSED); None: not offered yet (the first in line before his letter) the status recorded a label of the status for the list (``to_notify`` included) days from the day asked to the deadline (negative: past), for a pending offer silence past the deadline (shown in red) the dwelling is offered to him but his offer letter is not made yet the answer delay of his offer letter and its holiday calendar his registered offer letter is sent but its receipt (first presentation) is not recorded: the deadline, which runs from it, is unknown (``deadline`` None) on the line of the candidate who refused or lapsed last: who is next on that line: nobody is left to offer the dwelling to</extracomment>
        <translation>La proposition faite à {name} a été modifiée par {user} depuis que vous l'avez ouverte : rechargez la liste et recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="201" />
        <source>Ce point de l'ordre du jour n'est pas l'attribution d'un logement.</source>
        <translation>Ce point de l'ordre du jour n'est pas l'attribution d'un logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="209" />
        <source>La séance {number} n'est pas close : les propositions ne sont suivies qu'une fois les décisions arrêtées.</source>
        <translation>La séance {number} n'est pas close : les propositions ne sont suivies qu'une fois les décisions arrêtées.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="250" />
        <source>Le {date} est une date à venir : enregistrez ce qui s'est passé au plus tard aujourd'hui ({today}).</source>
        <translation>Le {date} est une date à venir : enregistrez ce qui s'est passé au plus tard aujourd'hui ({today}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="397" />
        <source>Proposition à notifier (courrier à produire)</source>
        <translation>Proposition à notifier (courrier à produire)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="401" />
        <source>Refusée le {date}</source>
        <translation>Refusée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="406" />
        <source>Acceptée, bail signé le {date}</source>
        <translation>Acceptée, bail signé le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="411" />
        <source>Acceptée le {date}</source>
        <translation>Acceptée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="415" />
        <source>Pas encore proposée</source>
        <translation>Pas encore proposée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="418" />
        <source>Courrier recommandé envoyé le {date} : délai à compter de la réception (date de présentation à enregistrer)</source>
        <translation>Courrier recommandé envoyé le {date} : délai à compter de la réception (date de présentation à enregistrer)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="434" />
        <source>Le numéro unique {numero} désigne plusieurs candidatures : indiquez l'identifiant du candidat ({ids}).</source>
        <translation>Le numéro unique {numero} désigne plusieurs candidatures : indiquez l'identifiant du candidat ({ids}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/common.py" line="429" />
        <source>La référence {reference} désigne plusieurs logements de la séance {number} : indiquez l'identifiant du point ({ids}).</source>
        <translation>La référence {reference} désigne plusieurs logements de la séance {number} : indiquez l'identifiant du point ({ids}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="575" />
        <source>Le logement « {reference} » n'est pas à l'ordre du jour de la séance {number}.</source>
        <translation>Le logement « {reference} » n'est pas à l'ordre du jour de la séance {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="610" />
        <source>La réponse de {name} est déjà enregistrée : la date de présentation du courrier ne change plus rien.</source>
        <translation>La réponse de {name} est déjà enregistrée : la date de présentation du courrier ne change plus rien.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="618" />
        <source>Aucune proposition n'est en cours pour {name}.</source>
        <translation>Aucune proposition n'est en cours pour {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="622" />
        <source>Le courrier de proposition de {name} n'a pas encore été produit.</source>
        <translation>Le courrier de proposition de {name} n'a pas encore été produit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="631" />
        <source>Le courrier ne peut pas avoir été présenté avant son envoi (le {date}).</source>
        <translation>Le courrier ne peut pas avoir été présenté avant son envoi (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="312" />
        <source>Le logement a déjà été proposé à {other} : la proposition faite à {name} ne peut plus être rouverte.</source>
        <extracomment>what cannot be done once the dwelling was offered to a candidate further in line</extracomment>
        <translation>Le logement a déjà été proposé à {other} : la proposition faite à {name} ne peut plus être rouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="653" />
        <source>Même compté depuis la présentation du courrier, le délai de réponse a expiré le {date}.</source>
        <translation>Même compté depuis la présentation du courrier, le délai de réponse a expiré le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="683" />
        <source>Indiquez si le candidat accepte ou refuse le logement.</source>
        <translation>Indiquez si le candidat accepte ou refuse le logement.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="719" />
        <source>Indiquez le motif du refus donné par le candidat (« aucun motif donné » s'il n'en a pas indiqué).</source>
        <translation>Indiquez le motif du refus donné par le candidat (« aucun motif donné » s'il n'en a pas indiqué).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="728" />
        <source>Le motif du refus : {limit} caractères au plus.</source>
        <translation>Le motif du refus : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="738" />
        <source>La réponse de {name} est déjà enregistrée ({status} le {date}).</source>
        <translation>La réponse de {name} est déjà enregistrée ({status} le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="751" />
        <source>Le logement a été attribué à un autre candidat : la proposition faite à {name} est close.</source>
        <translation>Le logement a été attribué à un autre candidat : la proposition faite à {name} est close.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="759" />
        <source>Le logement n'a pas encore été proposé à {name} : proposez-le au rang suivant et produisez son courrier de proposition.</source>
        <translation>Le logement n'a pas encore été proposé à {name} : proposez-le au rang suivant et produisez son courrier de proposition.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="767" />
        <source>Le logement n'a pas été proposé à {name} : les candidats classés avant lui n'ont pas encore répondu.</source>
        <translation>Le logement n'a pas été proposé à {name} : les candidats classés avant lui n'ont pas encore répondu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="775" />
        <source>Le courrier de proposition de {name} n'a pas encore été produit : sa réponse ne peut pas être enregistrée.</source>
        <translation>Le courrier de proposition de {name} n'a pas encore été produit : sa réponse ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="317" />
        <source>Le logement a déjà été proposé à {other} : la réponse de {name} ne peut plus être enregistrée.</source>
        <translation>Le logement a déjà été proposé à {other} : la réponse de {name} ne peut plus être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="787" />
        <source>La réponse ne peut pas précéder l'envoi de la proposition (le {date}).</source>
        <translation>La réponse ne peut pas précéder l'envoi de la proposition (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="801" />
        <source>Réponse du {date} arrivée après la date limite du {deadline} : sans réponse dans le délai, le candidat est réputé avoir refusé (R441-10). Si la réponse a été envoyée ou remise dans le délai (cachet de la poste, récépissé), indiquez-le.</source>
        <translation>Réponse du {date} arrivée après la date limite du {deadline} : sans réponse dans le délai, le candidat est réputé avoir refusé (R441-10). Si la réponse a été envoyée ou remise dans le délai (cachet de la poste, récépissé), indiquez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="847" />
        <source>Logement attribué à {name} : la proposition est close pour {others}.</source>
        <translation>Logement attribué à {name} : la proposition est close pour {others}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="861" />
        <source>Le logement peut être proposé au rang suivant : {name} (rang {rank}).</source>
        <translation>Le logement peut être proposé au rang suivant : {name} (rang {rank}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="876" />
        <source>Plus aucun candidat classé pour ce logement : il devra être présenté à une prochaine séance de la commission.</source>
        <translation>Plus aucun candidat classé pour ce logement : il devra être présenté à une prochaine séance de la commission.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="932" />
        <source>Le logement {reference} a été accepté par {name}.</source>
        <translation>Le logement {reference} a été accepté par {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="342" />
        <source>La proposition recommandée envoyée à {name} le {date} attend la date de sa réception : enregistrez-la (ou sa réponse) ; le délai de réponse court à compter de la réception.</source>
        <translation>La proposition recommandée envoyée à {name} le {date} attend la date de sa réception : enregistrez-la (ou sa réponse) ; le délai de réponse court à compter de la réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="350" />
        <source>Le logement {reference} est proposé à {name} : produisez son courrier de proposition.</source>
        <translation>Le logement {reference} est proposé à {name} : produisez son courrier de proposition.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="356" />
        <source>La proposition faite à {name} court jusqu'au {date} : enregistrez sa réponse, ou attendez la fin du délai, avant de proposer le logement au rang suivant.</source>
        <translation>La proposition faite à {name} court jusqu'au {date} : enregistrez sa réponse, ou attendez la fin du délai, avant de proposer le logement au rang suivant.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="974" />
        <source>{name} n'a pas accepté le logement : pas de bail à enregistrer.</source>
        <translation>{name} n'a pas accepté le logement : pas de bail à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/offers.py" line="985" />
        <source>Le bail ne peut pas être signé avant l'acceptation (le {date}).</source>
        <translation>Le bail ne peut pas être signé avant l'acceptation (le {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="290" />
        <source>Vérification seule, rien n'a été importé ({n} vote prêt à importer).</source>
        <translation>Vérification seule, rien n'a été importé ({n} vote prêt à importer).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="294" />
        <source>Vérification seule, rien n'a été importé ({n} votes prêts à importer).</source>
        <translation>Vérification seule, rien n'a été importé ({n} votes prêts à importer).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="303" />
        <source>{votes} depuis « {name} ».</source>
        <translation>{votes} depuis « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="349" />
        <source>{n} locataire à présenter à la CALEOL pour l'examen de l'occupation.</source>
        <translation>{n} locataire à présenter à la CALEOL pour l'examen de l'occupation.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="352" />
        <source>{n} locataires à présenter à la CALEOL pour l'examen de l'occupation.</source>
        <translation>{n} locataires à présenter à la CALEOL pour l'examen de l'occupation.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="356" />
        <source>Aucun locataire à présenter à la CALEOL pour l'examen de l'occupation.</source>
        <translation>Aucun locataire à présenter à la CALEOL pour l'examen de l'occupation.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="482" />
        <source>Le numéro unique {numero} désigne plusieurs candidatures de la séance : indiquez l'identifiant du candidat ({ids}).</source>
        <translation>Le numéro unique {numero} désigne plusieurs candidatures de la séance : indiquez l'identifiant du candidat ({ids}).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="494" />
        <source>« {key} » n'est pas un candidat de la séance {number} (numéro unique de la demande, ou #id du candidat).</source>
        <translation>« {key} » n'est pas un candidat de la séance {number} (numéro unique de la demande, ou #id du candidat).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="567" />
        <source>{n} lettre produite pour la séance {session}, notifiée le {date}, dans « {folder} » :</source>
        <translation>{n} lettre produite pour la séance {session}, notifiée le {date}, dans « {folder} » :</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="572" />
        <source>{n} lettres produites pour la séance {session}, notifiées le {date}, dans « {folder} » :</source>
        <translation>{n} lettres produites pour la séance {session}, notifiées le {date}, dans « {folder} » :</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="656" />
        <source>{n} jour</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="657" />
        <source>{n} jours</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="684" />
        <source>{n} proposition sans réponse dans le délai enregistrée comme refusée.</source>
        <translation>{n} proposition sans réponse dans le délai enregistrée comme refusée.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="688" />
        <source>{n} propositions sans réponse dans le délai enregistrées comme refusées.</source>
        <translation>{n} propositions sans réponse dans le délai enregistrées comme refusées.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="692" />
        <source>Aucune proposition sans réponse dans le délai.</source>
        <translation>Aucune proposition sans réponse dans le délai.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="699" />
        <source>{n} proposition au {date}.</source>
        <translation>{n} proposition au {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="700" />
        <source>{n} propositions au {date}.</source>
        <translation>{n} propositions au {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="701" />
        <source>Aucune proposition au {date}.</source>
        <translation>Aucune proposition au {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="883" />
        <source>Cette option ne sert qu'avec --letter (produire le courrier de proposition).</source>
        <translation>Cette option ne sert qu'avec --letter (produire le courrier de proposition).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="898" />
        <source>Cette option est obligatoire avec --letter (dossier où copier le courrier).</source>
        <translation>Cette option est obligatoire avec --letter (dossier où copier le courrier).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="1031" />
        <source>« {name} » désigne plusieurs membres : indiquez l'identifiant du siège ({ids}).</source>
        <translation>« {name} » désigne plusieurs membres : indiquez l'identifiant du siège ({ids}).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="1040" />
        <source>Aucun membre « {name} » ne siège à la commission de cette séance.</source>
        <translation>Aucun membre « {name} » ne siège à la commission de cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/caleol.py" line="1096" />
        <source>Aucun procès-verbal n'a encore été produit pour cette séance.</source>
        <translation>Aucun procès-verbal n'a encore été produit pour cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/_common.py" line="128" />
        <source>Aucun terminal pour confirmer : ajoutez --yes.</source>
        <translation>Aucun terminal pour confirmer : ajoutez --yes.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/backup.py" line="135" />
        <source>Aucune sauvegarde intacte à restaurer.</source>
        <translation>Aucune sauvegarde intacte à restaurer.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="31" />
        <source>Année attendue sur quatre chiffres (reçu : « {value} »).</source>
        <translation>Année attendue sur quatre chiffres (reçu : « {value} »).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="81" />
        <source>{n} critère</source>
        <translation>{n} critère</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="82" />
        <source>{n} critères</source>
        <translation>{n} critères</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="86" />
        <source>{n} cotation</source>
        <translation>{n} cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="87" />
        <source>{n} cotations</source>
        <translation>{n} cotations</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="88" />
        <source>aucune cotation</source>
        <translation>aucune cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/cotation.py" line="165" />
        <source>Aucune candidature n° {number} dans cette séance.</source>
        <translation>Aucune candidature n° {number} dans cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="35" />
        <source>Contingent propre du bailleur</source>
        <translation>Contingent propre du bailleur</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="44" />
        <source>{n} attribution</source>
        <translation>{n} attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="45" />
        <source>{n} attributions</source>
        <translation>{n} attributions</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="46" />
        <source>aucune attribution</source>
        <translation>aucune attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="53" />
        <source>Attributions hors QPV au premier quartile</source>
        <translation>Attributions hors QPV au premier quartile</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="57" />
        <source>Attributions en QPV aux trois autres quartiles</source>
        <translation>Attributions en QPV aux trois autres quartiles</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="61" />
        <source>Attributions aux publics prioritaires</source>
        <translation>Attributions aux publics prioritaires</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="267" />
        <source>{target} : {before} → {after} (objectif {required}, non atteint).</source>
        <translation>{target} : {before} → {after} (objectif {required}, non atteint).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="271" />
        <source>{target} : {before} → {after} (objectif {required}, en baisse).</source>
        <translation>{target} : {before} → {after} (objectif {required}, en baisse).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/attribution_targets.py" line="275" />
        <source>{target} : {before} → {after} (objectif {required}).</source>
        <translation>{target} : {before} → {after} (objectif {required}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="66" />
        <source>Public prioritaire (L441-1)</source>
        <extracomment>Format tag of exported grid files (a grid file can be read back on another base). a L441-1 priority (parameter: its code) or any</extracomment>
        <translation>Public prioritaire (L441-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="70" />
        <source>Ancienneté de la demande (par mois)</source>
        <extracomment>points per month since the application date</extracomment>
        <translation>Ancienneté de la demande (par mois)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="75" />
        <source>Ressources par unité de consommation</source>
        <extracomment>monthly resources per UC at most the parameter</extracomment>
        <translation>Ressources par unité de consommation</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="80" />
        <source>Composition du ménage adaptée à la typologie</source>
        <extracomment>household size fits the dwelling type</extracomment>
        <translation>Composition du ménage adaptée à la typologie</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="85" />
        <source>Taille du ménage (par personne)</source>
        <extracomment>points per person above the parameter</extracomment>
        <translation>Taille du ménage (par personne)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="90" />
        <source>Situation de logement actuelle</source>
        <extracomment>current housing situation (parameter: code)</extracomment>
        <translation>Situation de logement actuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="96" />
        <source>Refus d'un logement adapté sans motif légitime (par refus)</source>
        <extracomment>points per recorded refusal of an adapted dwelling without a legitimate reason, counted over the parameter's number of months before the reference date</extracomment>
        <translation>Refus d'un logement adapté sans motif légitime (par refus)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="99" />
        <source>Saisi par le secrétariat</source>
        <extracomment>typed by the secretary with a reason</extracomment>
        <translation>Saisi par le secrétariat</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="114" />
        <source>Sans logement</source>
        <translation>Sans logement</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="115" />
        <source>Hébergé chez un tiers</source>
        <translation>Hébergé chez un tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="118" />
        <source>Hébergement ou logement temporaire</source>
        <translation>Hébergement ou logement temporaire</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="122" />
        <source>Logement indigne ou non décent</source>
        <translation>Logement indigne ou non décent</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="124" />
        <source>Locataire du parc privé</source>
        <translation>Locataire du parc privé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="125" />
        <source>Locataire du parc social</source>
        <translation>Locataire du parc social</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="126" />
        <source>Chez ses parents</source>
        <translation>Chez ses parents</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="127" />
        <source>Propriétaire occupant</source>
        <translation>Propriétaire occupant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="178" />
        <source>Nombre de points obligatoire.</source>
        <translation>Nombre de points obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="190" />
        <location filename="../../desktop/domain/cotation.py" line="195" />
        <source>« {value} » n'est pas un nombre de points.</source>
        <translation>« {value} » n'est pas un nombre de points.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="199" />
        <source>Deux décimales au plus pour les points.</source>
        <translation>Deux décimales au plus pour les points.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="213" />
        <source>L'EPCI de la grille est obligatoire.</source>
        <translation>L'EPCI de la grille est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="215" />
        <source>Le nom de la grille est obligatoire.</source>
        <translation>Le nom de la grille est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="217" />
        <source>Le numéro de version commence à 1.</source>
        <translation>Le numéro de version commence à 1.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="220" />
        <source>La fin de validité précède son début.</source>
        <translation>La fin de validité précède son début.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="224" />
        <source>Une grille compte au moins un critère.</source>
        <translation>Une grille compte au moins un critère.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="230" />
        <source>Chaque critère a un code.</source>
        <translation>Chaque critère a un code.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="233" />
        <source>Le code {code} figure deux fois dans la grille.</source>
        <translation>Le code {code} figure deux fois dans la grille.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="239" />
        <source>Chaque critère a un libellé.</source>
        <translation>Chaque critère a un libellé.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="243" />
        <source>Le plafond d'un critère est positif.</source>
        <translation>Le plafond d'un critère est positif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="247" />
        <source>Un critère qui retire des points n'a pas de plafond.</source>
        <translation>Un critère qui retire des points n'a pas de plafond.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="263" />
        <source>« {value} » n'est pas un critère de priorité connu.</source>
        <translation>« {value} » n'est pas un critère de priorité connu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="271" />
        <location filename="../../desktop/services/cotation/scores.py" line="203" />
        <source>« {value} » n'est pas une situation de logement connue.</source>
        <translation>« {value} » n'est pas une situation de logement connue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="283" />
        <source>Indiquez le plafond de ressources mensuelles par unité de consommation, en euros.</source>
        <translation>Indiquez le plafond de ressources mensuelles par unité de consommation, en euros.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="292" />
        <source>Indiquez pendant combien de mois (1 à 120) un refus compte dans la cotation.</source>
        <translation>Indiquez pendant combien de mois (1 à 120) un refus compte dans la cotation.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="300" />
        <source>Indiquez la taille de ménage à partir de laquelle chaque personne compte.</source>
        <translation>Indiquez la taille de ménage à partir de laquelle chaque personne compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="320" />
        <source>La version {b} de la grille de {epci} commence le {start} alors que la version {a} est encore en vigueur : fermez la version {a} la veille.</source>
        <translation>La version {b} de la grille de {epci} commence le {start} alors que la version {a} est encore en vigueur : fermez la version {a} la veille.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="352" />
        <source>La nouvelle version doit commencer après le {start}.</source>
        <translation>La nouvelle version doit commencer après le {start}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="505" />
        <source>La grille {name} (version {version}) n'est pas en vigueur le {on}.</source>
        <extracomment>dates of the recorded refusals of an adapted dwelling without a legitimate reason</extracomment>
        <translation>La grille {name} (version {version}) n'est pas en vigueur le {on}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="524" />
        <source>Le critère « {label} » saisi à la main demande un motif.</source>
        <translation>Le critère « {label} » saisi à la main demande un motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="540" />
        <source>Le nombre d'unités ne peut pas être négatif.</source>
        <translation>Le nombre d'unités ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="571" />
        <source>Non saisi.</source>
        <translation>Non saisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="597" />
        <source>Critère retenu.</source>
        <translation>Critère retenu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="599" />
        <source>Critère non retenu.</source>
        <translation>Critère non retenu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="604" />
        <source>« {label} » : date de la demande inconnue.</source>
        <translation>« {label} » : date de la demande inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="609" />
        <source>{months} mois d'ancienneté.</source>
        <translation>{months} mois d'ancienneté.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="615" />
        <source>« {label} » : ressources inconnues.</source>
        <translation>« {label} » : ressources inconnues.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="621" />
        <source>« {label} » : plafond de ressources illisible « {value} ».</source>
        <translation>« {label} » : plafond de ressources illisible « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="628" />
        <source>{amount} € par mois et par unité de consommation.</source>
        <translation>{amount} € par mois et par unité de consommation.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="635" />
        <source>« {label} » : typologie du logement inconnue.</source>
        <translation>« {label} » : typologie du logement inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="639" />
        <source>{persons} pour un {type}.</source>
        <translation>{persons} pour un {type}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="646" />
        <source>{persons}.</source>
        <translation>{persons}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="653" />
        <source>Aucun refus sans motif légitime depuis le {since}.</source>
        <translation>Aucun refus sans motif légitime depuis le {since}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="657" />
        <source>{count} refus sans motif légitime depuis le {since} ({dates}).</source>
        <translation>{count} refus sans motif légitime depuis le {since} ({dates}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="667" />
        <source>« {label} » : situation de logement inconnue.</source>
        <translation>« {label} » : situation de logement inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="672" />
        <source>Situation : {situation}.</source>
        <translation>Situation : {situation}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="702" />
        <source>Écart avec la cotation du registre national : {register} points au registre, {computed} calculés (écart {difference}).</source>
        <translation>Écart avec la cotation du registre national : {register} points au registre, {computed} calculés (écart {difference}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="742" />
        <source>{n} point</source>
        <translation>{n} point</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="743" />
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="749" />
        <source>{n} personne</source>
        <translation>{n} personne</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="750" />
        <source>{n} personnes</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="798" />
        <source>« {value} » n'est pas une date (JJ/MM/AAAA).</source>
        <translation>« {value} » n'est pas une date (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="809" />
        <source>Ce fichier n'est pas une grille de cotation exportée par Parcours.</source>
        <translation>Ce fichier n'est pas une grille de cotation exportée par Parcours.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="822" />
        <source>Le numéro de version est un entier.</source>
        <translation>Le numéro de version est un entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="831" />
        <source>Critère illisible.</source>
        <translation>Critère illisible.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="837" />
        <source>« {value} » n'est pas une source de critère connue.</source>
        <translation>« {value} » n'est pas une source de critère connue.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/cotation.py" line="884" />
        <source>Le fichier n'est pas un JSON lisible (ligne {line}).</source>
        <translation>Le fichier n'est pas un JSON lisible (ligne {line}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/formatting.py" line="79" />
        <source>Date non plausible : {date} (attendu entre {first} et {last}).</source>
        <translation>Date non plausible : {date} (attendu entre {first} et {last}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/formatting.py" line="140" />
        <source>Nombre illisible « {text} » : écrivez par exemple 1 234,56 (virgule avant les centimes, espace entre les milliers).</source>
        <translation>Nombre illisible « {text} » : écrivez par exemple 1 234,56 (virgule avant les centimes, espace entre les milliers).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/formatting.py" line="161" />
        <source>« {text} » est ambigu : écrivez 1 234 pour mille deux cent trente-quatre, ou 1,234 avec une virgule pour les décimales.</source>
        <translation>« {text} » est ambigu : écrivez 1 234 pour mille deux cent trente-quatre, ou 1,234 avec une virgule pour les décimales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/formatting.py" line="179" />
        <source>Nombre trop grand : « {text} ».</source>
        <translation>Nombre trop grand : « {text} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/formatting.py" line="197" />
        <source>Montant « {text} » : deux chiffres après la virgule au plus.</source>
        <translation>Montant « {text} » : deux chiffres après la virgule au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="16" />
        <location filename="../../desktop/domain/oserrors.py" line="17" />
        <source>accès refusé</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="18" />
        <source>dossier ou fichier introuvable</source>
        <translation>dossier ou fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="19" />
        <source>un élément du chemin n'est pas un dossier</source>
        <translation>un élément du chemin n'est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="20" />
        <source>un fichier de ce nom occupe le chemin</source>
        <translation>un fichier de ce nom occupe le chemin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="21" />
        <source>c'est un dossier</source>
        <translation>c'est un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="22" />
        <source>disque plein</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="23" />
        <source>support en lecture seule</source>
        <translation>support en lecture seule</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="24" />
        <source>nom trop long</source>
        <translation>nom trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="25" />
        <source>fichier utilisé par un autre logiciel</source>
        <translation>fichier utilisé par un autre logiciel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="28" />
        <source>fichier ouvert dans un autre logiciel (fermez-le puis recommencez)</source>
        <translation>fichier ouvert dans un autre logiciel (fermez-le puis recommencez)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="33" />
        <source>accès refusé (le fichier est peut-être ouvert dans un autre logiciel : fermez-le puis recommencez)</source>
        <extracomment>Windows refuses to replace or write a file that another program holds open with "access denied" as often as with "sharing violation".</extracomment>
        <translation>accès refusé (le fichier est peut-être ouvert dans un autre logiciel : fermez-le puis recommencez)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="38" />
        <source>chemin trop long pour Windows (plus de 260 caractères ; choisissez un dossier moins profond ou un nom plus court)</source>
        <translation>chemin trop long pour Windows (plus de 260 caractères ; choisissez un dossier moins profond ou un nom plus court)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="43" />
        <source>nom de fichier invalide (caractères interdits : \ / : * ? " &lt; &gt; |)</source>
        <translation>nom de fichier invalide (caractères interdits : \ / : * ? " &lt; &gt; |)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="46" />
        <source>serveur ou partage réseau injoignable</source>
        <translation>serveur ou partage réseau injoignable</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/oserrors.py" line="97" />
        <source>erreur du système n° {code}</source>
        <extracomment>Windows error codes (``exc.winerror``) that say more than their ``errno``. The classic limit of a full path on Windows (MAX_PATH, terminating NUL included).</extracomment>
        <translation>erreur du système n° {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/batch_recipients.py" line="31" />
        <source>Pas d'adresse postale complète</source>
        <translation>Pas d'adresse postale complète</translation>
    </message>
    <message>
        <location filename="../../desktop/services/batch_recipients.py" line="32" />
        <source>Locataire décédé (fiche de campagne close : décès)</source>
        <translation>Locataire décédé (fiche de campagne close : décès)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/batch_recipients.py" line="33" />
        <source>Déjà envoyé ce mois-ci ({reference} du {date})</source>
        <translation>Déjà envoyé ce mois-ci ({reference} du {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/batch_recipients.py" line="119" />
        <source>Dossier introuvable</source>
        <extracomment>why the tenant is left out, None when the letter goes to him</extracomment>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="179" />
        <source>Sécurité de la messagerie inconnue « {value} » (starttls, ssl).</source>
        <translation>Sécurité de la messagerie inconnue « {value} » (starttls, ssl).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="115" />
        <source>{limit} caractères au plus.</source>
        <translation>{limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="117" />
        <location filename="../../desktop/domain/organisation.py" line="152" />
        <source>Ne peut pas commencer par =, +, - ou @.</source>
        <translation>Ne peut pas commencer par =, +, - ou @.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="124" />
        <source>Adresse électronique incorrecte (ex. : accueil@bailleur.fr).</source>
        <translation>Adresse électronique incorrecte (ex. : accueil@bailleur.fr).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="133" />
        <source>Numéro de téléphone incorrect (ex. : 05 56 00 12 34).</source>
        <translation>Numéro de téléphone incorrect (ex. : 05 56 00 12 34).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="141" />
        <source>{limit} lignes d'adresse au plus.</source>
        <translation>{limit} lignes d'adresse au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="147" />
        <source>38 caractères au plus par ligne d'adresse (norme postale).</source>
        <translation>38 caractères au plus par ligne d'adresse (norme postale).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="167" />
        <source>Indiquez le nom de l'organisme.</source>
        <translation>Indiquez le nom de l'organisme.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="170" />
        <source>Type d'organisme : ESH ou OPH.</source>
        <translation>Type d'organisme : ESH ou OPH.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="174" />
        <source>Le SIREN compte 9 chiffres.</source>
        <translation>Le SIREN compte 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="176" />
        <source>Le SIRET compte 14 chiffres.</source>
        <translation>Le SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="183" />
        <source>Le SIREN figure dans les mentions légales d'une société (ESH) : indiquez-le, ou saisissez les mentions légales.</source>
        <translation>Le SIREN figure dans les mentions légales d'une société (ESH) : indiquez-le, ou saisissez les mentions légales.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="201" />
        <source>Indiquez le contact du délégué à la protection des données (DPO) : il figure au pied des courriers.</source>
        <translation>Indiquez le contact du délégué à la protection des données (DPO) : il figure au pied des courriers.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="215" />
        <source>Agence en double.</source>
        <translation>Agence en double.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="228" />
        <source>Indiquez la ville de « Fait à », ou une ligne d'adresse « code postal ville » (ex. : 33700 Mérignac).</source>
        <translation>Indiquez la ville de « Fait à », ou une ligne d'adresse « code postal ville » (ex. : 33700 Mérignac).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="240" />
        <source>Nom de serveur incorrect.</source>
        <translation>Nom de serveur incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="247" />
        <source>Port : un nombre entre 1 et 65535 (587, 465).</source>
        <translation>Port : un nombre entre 1 et 65535 (587, 465).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="251" />
        <source>Sécurité : starttls ou ssl.</source>
        <translation>Sécurité : starttls ou ssl.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="255" />
        <location filename="../../desktop/services/convocations.py" line="188" />
        <source>Envoi sans chiffrement refusé vers « {host} » : choisissez starttls ou ssl.</source>
        <translation>Envoi sans chiffrement refusé vers « {host} » : choisissez starttls ou ssl.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="263" />
        <source>Indiquez l'adresse d'expédition des convocations.</source>
        <translation>Indiquez l'adresse d'expédition des convocations.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="271" />
        <source>Nom de variable d'environnement : lettres, chiffres et _ (ex. : PARCOURS_SMTP).</source>
        <translation>Nom de variable d'environnement : lettres, chiffres et _ (ex. : PARCOURS_SMTP).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="281" />
        <source>Indiquez le serveur de messagerie (SMTP).</source>
        <translation>Indiquez le serveur de messagerie (SMTP).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="288" />
        <source>Le certificat est un fichier .p12 ou .pfx.</source>
        <translation>Le certificat est un fichier .p12 ou .pfx.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/organisation.py" line="292" />
        <source>Fichier introuvable : {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="69" />
        <source>Envoyé</source>
        <extracomment>the sending was cancelled before this member's turn (recorded and audited too)</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="70" />
        <source>Échec de l'envoi</source>
        <translation>Échec de l'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="71" />
        <source>Sans adresse : à remettre</source>
        <translation>Sans adresse : à remettre</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="72" />
        <source>Non envoyé (envoi annulé)</source>
        <translation>Non envoyé (envoi annulé)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="78" />
        <source>{n} échec d'envoi</source>
        <translation>{n} échec d'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="79" />
        <source>{n} échecs d'envoi</source>
        <translation>{n} échecs d'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="80" />
        <source>aucun échec d'envoi</source>
        <translation>aucun échec d'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="138" />
        <source>La messagerie n'est pas paramétrée : renseignez le serveur dans Administration &gt; Paramètres, onglet Messagerie.</source>
        <translation>La messagerie n'est pas paramétrée : renseignez le serveur dans Administration &gt; Paramètres, onglet Messagerie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="164" />
        <source>La messagerie n'est pas paramétrée : renseignez le serveur dans Administration &gt; Paramètres, onglet Messagerie (ou une section [messagerie] du profil de l'organisme, {path}).</source>
        <translation>La messagerie n'est pas paramétrée : renseignez le serveur dans Administration &gt; Paramètres, onglet Messagerie (ou une section [messagerie] du profil de l'organisme, {path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="201" />
        <source>Adresse d'expédition de la messagerie absente ou incorrecte.</source>
        <translation>Adresse d'expédition de la messagerie absente ou incorrecte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="214" />
        <source>Port ou délai de la messagerie incorrect.</source>
        <translation>Port ou délai de la messagerie incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="453" />
        <source>Adresse refusée par le serveur de messagerie ({reply}).</source>
        <translation>Adresse refusée par le serveur de messagerie ({reply}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="460" />
        <source>Identifiant ou mot de passe refusé par le serveur de messagerie ({reply}).</source>
        <translation>Identifiant ou mot de passe refusé par le serveur de messagerie ({reply}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="468" />
        <source>Adresse d'expédition refusée par le serveur de messagerie ({reply}).</source>
        <translation>Adresse d'expédition refusée par le serveur de messagerie ({reply}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="475" />
        <source>Message refusé par le serveur de messagerie ({reply}).</source>
        <translation>Message refusé par le serveur de messagerie ({reply}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="480" />
        <source>Le serveur de messagerie a coupé la connexion ({detail}).</source>
        <translation>Le serveur de messagerie a coupé la connexion ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="487" />
        <source>Certificat du serveur de messagerie non reconnu : connexion refusée pour protéger le message ({detail}).</source>
        <translation>Certificat du serveur de messagerie non reconnu : connexion refusée pour protéger le message ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="496" />
        <source>Échec de la connexion chiffrée au serveur de messagerie ({detail}).</source>
        <translation>Échec de la connexion chiffrée au serveur de messagerie ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="503" />
        <source>Serveur de messagerie injoignable : connexion refusée (serveur arrêté ou mauvais port ?).</source>
        <translation>Serveur de messagerie injoignable : connexion refusée (serveur arrêté ou mauvais port ?).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="511" />
        <source>Le serveur de messagerie ne répond pas (délai dépassé).</source>
        <translation>Le serveur de messagerie ne répond pas (délai dépassé).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="515" />
        <source>Serveur de messagerie introuvable : vérifiez son nom ({detail}).</source>
        <translation>Serveur de messagerie introuvable : vérifiez son nom ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="522" />
        <source>Échec de l'envoi par le serveur de messagerie ({detail}).</source>
        <translation>Échec de l'envoi par le serveur de messagerie ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="529" />
        <source>Erreur réseau pendant l'envoi ({detail}).</source>
        <translation>Erreur réseau pendant l'envoi ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="573" />
        <source>Aucun membre à convoquer pour cette séance.</source>
        <translation>Aucun membre à convoquer pour cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="592" />
        <source>Convocations annulées avant leur enregistrement : aucun document n'a été gardé, aucun courriel envoyé.</source>
        <translation>Convocations annulées avant leur enregistrement : aucun document n'a été gardé, aucun courriel envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="601" />
        <source>Convocation de {name}</source>
        <translation>Convocation de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="647" />
        <location filename="../../desktop/services/convocations.py" line="723" />
        <source>Envoi à {name}</source>
        <translation>Envoi à {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="682" />
        <source>Convocations traitées</source>
        <translation>Convocations traitées</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="711" />
        <source>Aucun membre n'a de compte pour relire le procès-verbal.</source>
        <translation>Aucun membre n'a de compte pour relire le procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/convocations.py" line="747" />
        <source>Courriels traités</source>
        <translation>Courriels traités</translation>
    </message>
    <message>
        <location filename="../../desktop/services/member_vote.py" line="86" />
        <source>Seul un membre connecté avec son compte peut voter.</source>
        <translation>Seul un membre connecté avec son compte peut voter.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/member_vote.py" line="97" />
        <source>Votre compte n'est lié à aucun siège de la commission {name} : vous ne pouvez pas voter à cette séance.</source>
        <translation>Votre compte n'est lié à aucun siège de la commission {name} : vous ne pouvez pas voter à cette séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/caleol/agenda.py" line="379" />
        <location filename="../../desktop/services/sne.py" line="87" />
        <source>Numéro unique</source>
        <translation>Numéro unique</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="119" />
        <source>Date de la demande</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="133" />
        <source>Adultes</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="139" />
        <source>Enfants</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="164" />
        <source>Priorités (L441-1)</source>
        <translation>Priorités (L441-1)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="177" />
        <source>DALO (oui/non)</source>
        <translation>DALO (oui/non)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="183" />
        <source>Situation de logement</source>
        <translation>Situation de logement</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="195" />
        <source>Cotation du registre</source>
        <translation>Cotation du registre</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="201" />
        <source>Logement proposé</source>
        <translation>Logement proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="207" />
        <source>Adresse du demandeur</source>
        <translation>Adresse du demandeur</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="213" />
        <source>Composition du ménage</source>
        <translation>Composition du ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="282" />
        <source>Priorité inconnue « {value} ».</source>
        <translation>Priorité inconnue « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="303" />
        <source>Situation de logement inconnue « {value} ».</source>
        <translation>Situation de logement inconnue « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="317" />
        <source>Nombre entier de {low} à {high} attendu, lu « {value} ».</source>
        <translation>Nombre entier de {low} à {high} attendu, lu « {value} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="365" />
        <source>{ok} : {created}, {updated} ; {bad}.</source>
        <extracomment>a line refused, with its French reasons (``line``, ``reasons``)</extracomment>
        <translation>{ok} : {created}, {updated} ; {bad}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="369" />
        <source>{n} ligne valable</source>
        <translation>{n} ligne valable</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="370" />
        <source>{n} lignes valables</source>
        <translation>{n} lignes valables</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="371" />
        <source>aucune ligne valable</source>
        <translation>aucune ligne valable</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="375" />
        <source>{n} candidat à créer</source>
        <translation>{n} candidat à créer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="376" />
        <source>{n} candidats à créer</source>
        <translation>{n} candidats à créer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="377" />
        <source>aucun candidat à créer</source>
        <translation>aucun candidat à créer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="381" />
        <location filename="../../desktop/services/sne.py" line="382" />
        <source>{n} à mettre à jour</source>
        <translation>{n} à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="383" />
        <source>aucun à mettre à jour</source>
        <translation>aucun à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="387" />
        <source>{n} ligne refusée</source>
        <translation>{n} ligne refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="388" />
        <source>{n} lignes refusées</source>
        <translation>{n} lignes refusées</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="389" />
        <source>aucune ligne refusée</source>
        <translation>aucune ligne refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="397" />
        <source>{n} attribution exportée</source>
        <translation>{n} attribution exportée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="398" />
        <source>{n} attributions exportées</source>
        <translation>{n} attributions exportées</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="429" />
        <source>obligatoire : aucune demande n'est examinée sans numéro unique.</source>
        <translation>obligatoire : aucune demande n'est examinée sans numéro unique.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="467" />
        <source>le numéro unique {number} figure déjà à la ligne {line}.</source>
        <translation>le numéro unique {number} figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="478" />
        <source>le logement « {ref} » n'est pas à l'ordre du jour de la séance.</source>
        <translation>le logement « {ref} » n'est pas à l'ordre du jour de la séance.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="492" />
        <source>le numéro unique {number} n'est candidat à aucun logement de la séance et aucun logement n'est indiqué.</source>
        <translation>le numéro unique {number} n'est candidat à aucun logement de la séance et aucun logement n'est indiqué.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="551" />
        <source>{n} ligne refusée, la ligne {line} : {reason} Rien n'a été importé.</source>
        <translation>{n} ligne refusée, la ligne {line} : {reason} Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="555" />
        <source>{n} lignes refusées, dont la ligne {line} : {reason} Rien n'a été importé.</source>
        <translation>{n} lignes refusées, dont la ligne {line} : {reason} Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="565" />
        <source>Aucune ligne à importer.</source>
        <translation>Aucune ligne à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="739" />
        <source>Choisissez un fichier .csv ou .xlsx pour l'export.</source>
        <translation>Choisissez un fichier .csv ou .xlsx pour l'export.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sne.py" line="747" />
        <source>Aucune attribution suivie d'un bail signé à déclarer au registre : aucun fichier écrit.</source>
        <translation>Aucune attribution suivie d'un bail signé à déclarer au registre : aucun fichier écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="35" />
        <source>Le serveur ne répond pas : votre saisie est conservée, réessayez.</source>
        <translation>Le serveur ne répond pas : votre saisie est conservée, réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="38" />
        <source>Ce dossier est en cours d'enregistrement sur un autre poste : votre saisie est conservée, réessayez dans un instant.</source>
        <translation>Ce dossier est en cours d'enregistrement sur un autre poste : votre saisie est conservée, réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="43" />
        <source>La base est occupée par un autre poste : votre saisie est conservée, réessayez.</source>
        <translation>La base est occupée par un autre poste : votre saisie est conservée, réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="46" />
        <source>Le serveur a mis trop de temps à répondre : votre saisie est conservée, réessayez.</source>
        <translation>Le serveur a mis trop de temps à répondre : votre saisie est conservée, réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="49" />
        <source>La base de données a refusé l'opération : votre saisie est conservée. Si cela se reproduit, signalez-le à l'administrateur.</source>
        <translation>La base de données a refusé l'opération : votre saisie est conservée. Si cela se reproduit, signalez-le à l'administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="141" />
        <source>Adresse de base de données non reconnue : « {url} ». Indiquez le chemin d'un fichier SQLite ou une adresse postgresql://serveur/base.</source>
        <translation>Adresse de base de données non reconnue : « {url} ». Indiquez le chemin d'un fichier SQLite ou une adresse postgresql://serveur/base.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="146" />
        <source>Le dossier « {folder} » n'existe pas : la base « {path} » ne peut pas y être ouverte.</source>
        <translation>Le dossier « {folder} » n'existe pas : la base « {path} » ne peut pas y être ouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="150" />
        <source>« {path} » est un dossier : indiquez le fichier de la base (par exemple parcours.sqlite).</source>
        <translation>« {path} » est un dossier : indiquez le fichier de la base (par exemple parcours.sqlite).</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="154" />
        <source>« {path} » n'est pas une base de données Parcours (fichier d'un autre type, ou endommagé) : rien n'y a été écrit.</source>
        <translation>« {path} » n'est pas une base de données Parcours (fichier d'un autre type, ou endommagé) : rien n'y a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="159" />
        <source>La base « {path} » n'a pas pu être ouverte : droits insuffisants, ou disque en lecture seule.</source>
        <translation>La base « {path} » n'a pas pu être ouverte : droits insuffisants, ou disque en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="163" />
        <source>Le serveur de base de données « {host} » est injoignable : vérifiez son adresse, le réseau, et qu'il est démarré.</source>
        <translation>Le serveur de base de données « {host} » est injoignable : vérifiez son adresse, le réseau, et qu'il est démarré.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="168" />
        <source>Le serveur « {host} » a refusé l'identifiant ou le mot de passe de l'adresse de la base.</source>
        <translation>Le serveur « {host} » a refusé l'identifiant ou le mot de passe de l'adresse de la base.</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="172" />
        <source>La base « {name} » n'existe pas sur le serveur « {host} ».</source>
        <translation>La base « {name} » n'existe pas sur le serveur « {host} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/server.py" line="75" />
        <source>Préfixe invalide : {prefix} (lettres minuscules, chiffres et _, 31 au plus, une lettre d'abord).</source>
        <translation>Préfixe invalide : {prefix} (lettres minuscules, chiffres et _, 31 au plus, une lettre d'abord).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/server.py" line="86" />
        <source>« server init » s'applique à un serveur PostgreSQL ; une base SQLite reste la base d'un seul poste (voir le README).</source>
        <translation>« server init » s'applique à un serveur PostgreSQL ; une base SQLite reste la base d'un seul poste (voir le README).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="65" />
        <source>Ce protocole a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.</source>
        <translation>Ce protocole a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="174" />
        <source>Le protocole de crise n° {id} n'existe pas ou plus.</source>
        <translation>Le protocole de crise n° {id} n'existe pas ou plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="230" />
        <source>{max} associations signataires au plus.</source>
        <translation>{max} associations signataires au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="236" />
        <source>Le nom d'une association a {max} caractères au plus.</source>
        <translation>Le nom d'une association a {max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="249" />
        <source>« Applicable jusqu'au » ({end}) est avant « Applicable du » ({start}).</source>
        <translation>« Applicable jusqu'au » ({end}) est avant « Applicable du » ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="278" />
        <source>{n} signature</source>
        <translation>{n} signature</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="279" />
        <source>{n} signatures</source>
        <translation>{n} signatures</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="280" />
        <source>aucune signature</source>
        <translation>aucune signature</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="347" />
        <source>Le protocole est déjà signé par {names} : son texte et ses signataires ne peuvent plus changer. Créez un nouveau protocole (ou un avenant).</source>
        <translation>Le protocole est déjà signé par {names} : son texte et ses signataires ne peuvent plus changer. Créez un nouveau protocole (ou un avenant).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="408" />
        <source>Indiquez le nom de la personne qui a signé.</source>
        <translation>Indiquez le nom de la personne qui a signé.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="412" />
        <source>Le nom du signataire a {max} caractères au plus.</source>
        <translation>Le nom du signataire a {max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="417" />
        <source>La qualité du signataire a {max} caractères au plus.</source>
        <translation>La qualité du signataire a {max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="425" />
        <source>Date de signature attendue (jj/mm/aaaa).</source>
        <translation>Date de signature attendue (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="432" />
        <source>Indiquez la date de la signature (jj/mm/aaaa).</source>
        <translation>Indiquez la date de la signature (jj/mm/aaaa).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="437" />
        <source>La date de signature ({date}) est dans le futur.</source>
        <translation>La date de signature ({date}) est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/crisis_protocols.py" line="450" />
        <source>Cette association n'est pas signataire de ce protocole.</source>
        <translation>Cette association n'est pas signataire de ce protocole.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="96" />
        <source>Partenaire</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="101" />
        <source>Transmise le</source>
        <translation>Transmise le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="102" />
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="105" />
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="127" />
        <source>(anonymisé)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="639" />
        <source>{n} tentative</source>
        <translation>{n} tentative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="640" />
        <source>{n} tentatives</source>
        <translation>{n} tentatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/call_dialog.py" line="641" />
        <source>aucune tentative</source>
        <translation>aucune tentative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="451" />
        <source>{n} décision</source>
        <translation>{n} décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="452" />
        <source>{n} décisions</source>
        <translation>{n} décisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/agenda.py" line="453" />
        <source>aucune décision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="764" />
        <source>{n} ligne modifiée</source>
        <translation>{n} ligne modifiée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="765" />
        <source>{n} lignes modifiées</source>
        <translation>{n} lignes modifiées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="771" />
        <source>{n} ajoutée</source>
        <translation>{n} ajoutée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="772" />
        <source>{n} ajoutées</source>
        <translation>{n} ajoutées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="778" />
        <source>{n} supprimée</source>
        <translation>{n} supprimée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/minutes_panel.py" line="779" />
        <source>{n} supprimées</source>
        <translation>{n} supprimées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="658" />
        <source>{n} proposition en attente de réponse</source>
        <translation>{n} proposition en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="659" />
        <source>{n} propositions en attente de réponse</source>
        <translation>{n} propositions en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="660" />
        <source>aucune proposition en attente de réponse</source>
        <translation>aucune proposition en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="666" />
        <source>{n} courrier recommandé dont la réception est à enregistrer</source>
        <translation>{n} courrier recommandé dont la réception est à enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="670" />
        <source>{n} courriers recommandés dont la réception est à enregistrer</source>
        <translation>{n} courriers recommandés dont la réception est à enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="674" />
        <source>aucun courrier recommandé dont la réception est à enregistrer</source>
        <translation>aucun courrier recommandé dont la réception est à enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="683" />
        <source>{n} courrier de proposition à produire</source>
        <translation>{n} courrier de proposition à produire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="684" />
        <source>{n} courriers de proposition à produire</source>
        <translation>{n} courriers de proposition à produire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="685" />
        <source>aucun courrier de proposition à produire</source>
        <translation>aucun courrier de proposition à produire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="691" />
        <source>{n} logement à proposer au rang suivant</source>
        <translation>{n} logement à proposer au rang suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="692" />
        <source>{n} logements à proposer au rang suivant</source>
        <translation>{n} logements à proposer au rang suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="693" />
        <source>aucun logement à proposer au rang suivant</source>
        <translation>aucun logement à proposer au rang suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="699" />
        <source>{n} acceptée</source>
        <translation>{n} acceptée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/offers.py" line="700" />
        <source>{n} acceptées</source>
        <translation>{n} acceptées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="406" />
        <source>{n} logement</source>
        <translation>{n} logement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="407" />
        <source>{n} logements</source>
        <translation>{n} logements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="414" />
        <source>{n} examen de l'occupation</source>
        <translation>{n} examen de l'occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/session.py" line="415" />
        <source>{n} examens de l'occupation</source>
        <translation>{n} examens de l'occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="598" />
        <source>{n} ligne lue</source>
        <translation>{n} ligne lue</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tabular.py" line="599" />
        <source>{n} lignes lues</source>
        <translation>{n} lignes lues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="195" />
        <source>{n} vote prêt à être enregistré</source>
        <translation>{n} vote prêt à être enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/caleol/votes.py" line="196" />
        <source>{n} votes prêts à être enregistrés</source>
        <translation>{n} votes prêts à être enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="114" />
        <source>{n} logement proposé</source>
        <translation>{n} logement proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="115" />
        <source>{n} logements proposés</source>
        <translation>{n} logements proposés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="116" />
        <source>aucun logement proposé</source>
        <translation>aucun logement proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="122" />
        <source>{n} attribué</source>
        <translation>{n} attribué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/flow.py" line="123" />
        <source>{n} attribués</source>
        <translation>{n} attribués</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="452" />
        <source>{n} convocation envoyée par courriel</source>
        <translation>{n} convocation envoyée par courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="453" />
        <source>{n} convocations envoyées par courriel</source>
        <translation>{n} convocations envoyées par courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="454" />
        <source>aucune convocation envoyée par courriel</source>
        <translation>aucune convocation envoyée par courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="467" />
        <source>{n} membre prévenu</source>
        <translation>{n} membre prévenu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="468" />
        <source>{n} membres prévenus</source>
        <translation>{n} membres prévenus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/sessions.py" line="469" />
        <source>aucun membre prévenu</source>
        <translation>aucun membre prévenu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="245" />
        <source>dossier {id}</source>
        <translation>dossier {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="255" />
        <source>{n} courrier au registre des documents</source>
        <translation>{n} courrier au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="256" />
        <source>{n} courriers au registre des documents</source>
        <translation>{n} courriers au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="257" />
        <source>aucun courrier au registre des documents</source>
        <translation>aucun courrier au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="265" />
        <source>{n} courrier n'a pas été fait</source>
        <translation>{n} courrier n'a pas été fait</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="266" />
        <source>{n} courriers n'ont pas été faits</source>
        <translation>{n} courriers n'ont pas été faits</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="271" />
        <source>{n} autre</source>
        <translation>{n} autre</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="272" />
        <source>{n} autres</source>
        <translation>{n} autres</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="278" />
        <source>son courrier est au registre des documents</source>
        <translation>son courrier est au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="279" />
        <source>ses {n} courriers sont au registre des documents</source>
        <translation>ses {n} courriers sont au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="280" />
        <source>aucun courrier n'est au registre des documents</source>
        <translation>aucun courrier n'est au registre des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="282" />
        <source>Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin (arrêt brutal) : {made}, mais le fichier à imprimer n'a pas été fait.</source>
        <translation>Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin (arrêt brutal) : {made}, mais le fichier à imprimer n'a pas été fait.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="288" />
        <source>Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin (arrêt brutal) : {made}, {count} : {names}.</source>
        <translation>Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin (arrêt brutal) : {made}, {count} : {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/documents/journal.py" line="294" />
        <source>Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin (arrêt brutal) : {made}, {count} : {names} et {more}.</source>
        <translation>Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin (arrêt brutal) : {made}, {count} : {names} et {more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="11" />
        <source>{n} fiche</source>
        <translation>{n} fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="12" />
        <source>{n} fiches</source>
        <translation>{n} fiches</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="13" />
        <source>aucune fiche</source>
        <translation>aucune fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="19" />
        <source>{n} fiche d'appel</source>
        <translation>{n} fiche d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="20" />
        <source>{n} fiches d'appel</source>
        <translation>{n} fiches d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="21" />
        <source>aucune fiche d'appel</source>
        <translation>aucune fiche d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="27" />
        <source>{n} fiche attribuée</source>
        <translation>{n} fiche attribuée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="28" />
        <source>{n} fiches attribuées</source>
        <translation>{n} fiches attribuées</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="29" />
        <source>aucune fiche attribuée</source>
        <translation>aucune fiche attribuée</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="35" />
        <source>{n} fiche à traiter</source>
        <translation>{n} fiche à traiter</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="36" />
        <source>{n} fiches à traiter</source>
        <translation>{n} fiches à traiter</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="37" />
        <source>aucune fiche à traiter</source>
        <translation>aucune fiche à traiter</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="43" />
        <source>{n} personne à appeler</source>
        <translation>{n} personne à appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="44" />
        <source>{n} personnes à appeler</source>
        <translation>{n} personnes à appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="45" />
        <source>aucune personne à appeler</source>
        <translation>aucune personne à appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="51" />
        <source>{n} appel</source>
        <translation>{n} appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="52" />
        <source>{n} appels</source>
        <translation>{n} appels</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="53" />
        <source>aucun appel</source>
        <translation>aucun appel</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="59" />
        <source>{n} note</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="60" />
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="61" />
        <source>aucune note</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="67" />
        <source>{n} orientation</source>
        <translation>{n} orientation</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="68" />
        <source>{n} orientations</source>
        <translation>{n} orientations</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="69" />
        <source>aucune orientation</source>
        <translation>aucune orientation</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="75" />
        <source>{n} ménage</source>
        <translation>{n} ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="76" />
        <source>{n} ménages</source>
        <translation>{n} ménages</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="77" />
        <source>aucun ménage</source>
        <translation>aucun ménage</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="83" />
        <source>{n} appelant</source>
        <translation>{n} appelant</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="84" />
        <source>{n} appelants</source>
        <translation>{n} appelants</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/campaign/counts.py" line="85" />
        <source>aucun appelant</source>
        <translation>aucun appelant</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="511" />
        <source>{n} réussie</source>
        <translation>{n} réussie</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="512" />
        <source>{n} réussies</source>
        <translation>{n} réussies</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="522" />
        <source>{n} non disponible — comptée en échec</source>
        <translation>{n} non disponible — comptée en échec</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="523" />
        <source>{n} non disponibles — comptées en échec</source>
        <translation>{n} non disponibles — comptées en échec</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="528" />
        <source>{n} non disponible</source>
        <translation>{n} non disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="529" />
        <source>{n} non disponibles</source>
        <translation>{n} non disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="519" />
        <source>{n} événement</source>
        <translation>{n} événement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="520" />
        <source>{n} événements</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="521" />
        <source>Aucun événement</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="342" />
        <source>{n} destinataire recevra le courrier</source>
        <translation>{n} destinataire recevra le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="343" />
        <source>{n} destinataires recevront le courrier</source>
        <translation>{n} destinataires recevront le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="344" />
        <source>aucun destinataire ne recevra le courrier</source>
        <translation>aucun destinataire ne recevra le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="350" />
        <source>{n} exclu</source>
        <translation>{n} exclu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="351" />
        <source>{n} exclus</source>
        <translation>{n} exclus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/batch_dialog.py" line="352" />
        <source>aucun exclu</source>
        <translation>aucun exclu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="826" />
        <source>{n} note libre</source>
        <translation>{n} note libre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="827" />
        <source>{n} notes libres</source>
        <translation>{n} notes libres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="828" />
        <source>aucune note libre</source>
        <translation>aucune note libre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="834" />
        <source>{n} série de réponses au script</source>
        <translation>{n} série de réponses au script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="835" />
        <source>{n} séries de réponses au script</source>
        <translation>{n} séries de réponses au script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/dialogs.py" line="836" />
        <source>aucune réponse au script</source>
        <translation>aucune réponse au script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="610" />
        <source>{n} question</source>
        <translation>{n} question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="611" />
        <source>{n} questions</source>
        <translation>{n} questions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="612" />
        <source>aucune question</source>
        <translation>aucune question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="981" />
        <source>{n} affichée</source>
        <translation>{n} affichée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaigns/page.py" line="982" />
        <source>{n} affichées</source>
        <translation>{n} affichées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="154" />
        <source>{n} règlement valide</source>
        <translation>{n} règlement valide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="155" />
        <source>{n} règlements valides</source>
        <translation>{n} règlements valides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payments_import_dialog.py" line="156" />
        <source>aucun règlement valide</source>
        <translation>aucun règlement valide</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="101" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cotation/common.py" line="45" />
        <source>Cotation et objectifs</source>
        <translation>Cotation et objectifs</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72" />
        <source>Annulation impossible</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="49" />
        <source>Modification concurrente</source>
        <translation>Modification concurrente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="50" />
        <source>Garder ma saisie</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="51" />
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/form.py" line="138" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53" />
        <source>modification du dossier {name}</source>
        <translation>modification du dossier {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="890" />
        <source>Utilisateur : {user} ({role})</source>
        <translation>Utilisateur : {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="899" />
        <source>Comptes</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="900" />
        <source>Journal d'audit</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="903" />
        <source>Conservation des données</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="909" />
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="915" />
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="946" />
        <source>&amp;Compte</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="949" />
        <source>Changer mon &amp;mot de passe…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="955" />
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="957" />
        <source>&amp;Comptes utilisateurs</source>
        <translation>&amp;Comptes utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="958" />
        <source>&amp;Journal d'audit</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="959" />
        <source>Conservation des &amp;données</source>
        <translation>Conservation des &amp;données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="960" />
        <source>&amp;Sauvegardes</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="961" />
        <source>&amp;Paramètres</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin_pages.py" line="977" />
        <source>Mot de passe changé.</source>
        <translation>Mot de passe changé.</translation>
    </message>
</context>
</TS>