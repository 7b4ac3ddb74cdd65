<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Stockshift::App</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+37"/>
        <source>Creating the demo network…</source>
        <translation>Création du réseau de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Stockshift</source>
        <translation>Stockshift</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stockshift inventory planning workstation</source>
        <translation>Stockshift, poste de planification des stocks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database to open (default: yours, with the demo network on first run).</source>
        <translation>Base de données à ouvrir (par défaut&#xa0;: la vôtre, avec le réseau de démonstration au premier lancement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area to show first: network, browser, forecasts, health, plans, exports.</source>
        <translation>Espace à afficher en premier&#xa0;: network, browser, forecasts, health, plans, exports.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Enregistrer une capture d&apos;écran de la fenêtre et quitter.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Cli</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+33"/>
        <location line="+64"/>
        <location line="+7"/>
        <location filename="../app/cli/CycleCommand.cpp" line="+92"/>
        <location line="+17"/>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+35"/>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+52"/>
        <location line="+30"/>
        <location line="+20"/>
        <location line="+27"/>
        <location line="+25"/>
        <location line="+8"/>
        <location filename="../app/cli/DemoCommand.cpp" line="+110"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+132"/>
        <location line="+59"/>
        <location line="+31"/>
        <location line="+64"/>
        <location line="+4"/>
        <location line="+6"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+83"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="+74"/>
        <location line="+5"/>
        <location line="+4"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="+39"/>
        <location line="+81"/>
        <location line="+47"/>
        <location line="+10"/>
        <location line="+24"/>
        <location line="+112"/>
        <location line="+19"/>
        <location line="+17"/>
        <location filename="../app/cli/HealthCommand.cpp" line="+43"/>
        <location line="+92"/>
        <location line="+5"/>
        <location line="+93"/>
        <location line="+22"/>
        <location line="+37"/>
        <location line="+95"/>
        <location line="+68"/>
        <location line="+5"/>
        <location line="+6"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+253"/>
        <location filename="../app/cli/LedgerCommand.cpp" line="+53"/>
        <location line="+24"/>
        <location line="+4"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+189"/>
        <location line="+17"/>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+56"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+45"/>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+59"/>
        <location line="+17"/>
        <location filename="../app/cli/RouteCommand.cpp" line="+92"/>
        <location line="+6"/>
        <location line="+7"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="+32"/>
        <location line="+103"/>
        <location filename="../app/cli/TiersCommand.cpp" line="+178"/>
        <location line="+13"/>
        <location line="+25"/>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+5"/>
        <location line="+18"/>
        <location line="+32"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/CycleCommand.cpp" line="-405"/>
        <source>Output folder (default: ./stockshift-out).</source>
        <translation>Dossier de sortie (par défaut&#xa0;: ./stockshift-out).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DemoCommand.cpp" line="-50"/>
        <location filename="../app/cli/ExportCommand.cpp" line="-241"/>
        <location filename="../app/cli/ImportCommand.cpp" line="-160"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed of the demo network (default 42).</source>
        <translation>Graine aléatoire du réseau de démonstration (par défaut 42).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/DemoCommand.cpp" line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="-62"/>
        <location line="+9"/>
        <location line="+11"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="-54"/>
        <location line="+10"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-257"/>
        <location line="+46"/>
        <location line="+130"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-435"/>
        <location line="+238"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+164"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-328"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+113"/>
        <location line="+2"/>
        <location filename="../app/cli/RouteCommand.cpp" line="-51"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="+19"/>
        <location line="+2"/>
        <location line="+298"/>
        <location filename="../app/cli/TiersCommand.cpp" line="-224"/>
        <location line="+12"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DemoCommand.cpp" line="-2"/>
        <source>Number of SKUs (default 300).</source>
        <translation>Nombre de SKU (par défaut 300).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit of the joint plan in seconds (default 45).</source>
        <translation>Limite de temps du plan conjoint en secondes (par défaut 45).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-139"/>
        <location filename="../app/cli/RouteCommand.cpp" line="+4"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-301"/>
        <location filename="../app/cli/TiersCommand.cpp" line="-10"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/DemoCommand.cpp" line="+4"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+7"/>
        <location line="+111"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+3"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="+1"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-127"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-404"/>
        <location line="+241"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+22"/>
        <location filename="../app/cli/LedgerCommand.cpp" line="-43"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+25"/>
        <location line="+115"/>
        <location filename="../app/cli/RouteCommand.cpp" line="+1"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-48"/>
        <location filename="../app/cli/TiersCommand.cpp" line="+14"/>
        <source>Print a machine-readable summary.</source>
        <translation>Afficher un résumé lisible par machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs the whole planning cycle on a fresh demo network and writes every output into one folder.</source>
        <translation>Exécute tout le cycle de planification sur un nouveau réseau de démonstration et écrit toutes les sorties dans un même dossier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 SKUs, %2 locations, %3 sales rows written to %4</source>
        <translation>%1 SKU, %2 sites, %3 lignes de ventes écrits dans %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 rows accepted, %3 rejected</source>
        <translation>%1&#xa0;: %2 lignes acceptées, %3 rejetées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 series forecast from the history up to %2 in %3 s</source>
        <translation>%1 séries prévues à partir de l&apos;historique jusqu&apos;au %2 en %3 s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 series in %2 s (%3 outlier and %4 stockout buckets cleansed), backtest MASE %5, written to %6 and %7</source>
        <translation>%1 séries en %2 s (%3 périodes aberrantes et %4 périodes de rupture nettoyées), MASE de backtest %5, écrit dans %6 et %7</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>backcast against the actuals: WAPE %1%, MASE %2, bias %3%; %4 alerts; written to %5</source>
        <translation>rétroprévision comparée au réel&#xa0;: WAPE %1&#xa0;%, MASE %2, biais %3&#xa0;%&#xa0;; %4 alertes&#xa0;; écrit dans %5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 SKU × locations: score %2, %3 out of stock, %4 critical, %5 below the reorder point, %6 expiring, %7 overstocked; %8 to order now; %9 alerts open; written to %10 and %11</source>
        <translation>%1 SKU × sites&#xa0;: score %2, %3 en rupture, %4 critiques, %5 sous le point de commande, %6 à péremption, %7 en surstock&#xa0;; %8 à commander maintenant&#xa0;; %9 alertes ouvertes&#xa0;; écrit dans %10 et %11</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>joint plan %1 (%2, gap %3%, %4 s): %5 transfer and %6 purchase lines; simulated cost %7 at fill rate %8% against %9 at %10% for greedy transfers with reorder-point purchases (%11% less); written to %12 and %13</source>
        <translation>plan conjoint %1 (%2, écart %3&#xa0;%, %4 s)&#xa0;: %5 lignes de transfert et %6 lignes d&apos;achat&#xa0;; coût simulé %7 pour un taux de service de %8&#xa0;% contre %9 à %10&#xa0;% pour transferts gloutons avec achats au point de commande (%11&#xa0;% de moins)&#xa0;; écrit dans %12 et %13</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>plan %1 approved; %2 purchase orders (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) and %3 transfer orders (CSV, PDF pick lists): %4 files in %5; %6 settlement ledger entries</source>
        <translation>plan %1 approuvé&#xa0;; %2 commandes fournisseur (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) et %3 ordres de transfert (CSV, listes de préparation PDF)&#xa0;: %4 fichiers dans %5&#xa0;; %6 écritures au registre de règlement</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tiers error: %1</source>
        <translation>erreur de paliers&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tiers warning: %1</source>
        <translation>avertissement de paliers&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planning cycle</source>
        <translation>cycle de planification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2% on time at %3 per order</source>
        <translation>%1 %2&#xa0;% à l&apos;heure pour %3 par commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tiers × %2 regions, version %3, %4 errors and %5 warnings, written to %6 and %7; %8 simulated orders: %9</source>
        <translation>%1 paliers × %2 régions, version %3, %4 erreurs et %5 avertissements, écrit dans %6 et %7&#xa0;; %8 commandes simulées&#xa0;: %9</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>written to %1</source>
        <translation>écrit dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning cycle finished in %1 s. Outputs are in %2 (database %3).</source>
        <translation>Cycle de planification terminé en %1 s. Les sorties sont dans %2 (base de données %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="-9"/>
        <source>Database to create (default: the user&apos;s database).</source>
        <translation>Base de données à créer (par défaut&#xa0;: celle de l&apos;utilisateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ExportCommand.cpp" line="-124"/>
        <location line="+121"/>
        <location line="+35"/>
        <location line="+59"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="-24"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="-17"/>
        <location line="+15"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-113"/>
        <location line="+68"/>
        <location line="+43"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-244"/>
        <location line="+1"/>
        <location line="+174"/>
        <location line="+62"/>
        <location line="+167"/>
        <location filename="../app/cli/ImportCommand.cpp" line="-31"/>
        <location line="+15"/>
        <location line="+8"/>
        <location filename="../app/cli/InfoCommand.cpp" line="+19"/>
        <location filename="../app/cli/LedgerCommand.cpp" line="-6"/>
        <location line="+4"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-147"/>
        <location line="+28"/>
        <location line="+2"/>
        <location line="+112"/>
        <location line="+67"/>
        <location line="+2"/>
        <location line="+81"/>
        <location filename="../app/cli/RouteCommand.cpp" line="-8"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-1"/>
        <location line="+101"/>
        <location line="+68"/>
        <location line="+113"/>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../app/cli/TiersCommand.cpp" line="-26"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the network as CSV files into this folder instead.</source>
        <translation>Écrire plutôt le réseau sous forme de fichiers CSV dans ce dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 42).</source>
        <translation>Graine aléatoire (par défaut 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of locations (default 20).</source>
        <translation>Nombre de sites (par défaut 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of sales history (default 730).</source>
        <translation>Jours d&apos;historique de ventes (par défaut 730).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing when the database already holds a network.</source>
        <translation>Ne rien faire si la base contient déjà un réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generates a deterministic demo network (same seed, same data).</source>
        <translation>Génère un réseau de démonstration déterministe (même graine, mêmes données).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 already holds a network; nothing to do.</source>
        <translation>%1 contient déjà un réseau&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo network written to %1: %2 locations, %3 SKUs, %4 sales rows, %5 stock rows, %6 lanes, %7 suppliers, %8 open orders, %9 customers (%10 s).</source>
        <translation>Réseau de démonstration écrit dans %1&#xa0;: %2 sites, %3 SKU, %4 lignes de ventes, %5 lignes de stock, %6 liaisons, %7 fournisseurs, %8 commandes en cours, %9 clients (%10 s).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-215"/>
        <location line="+121"/>
        <location line="+35"/>
        <location line="+59"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+0"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-111"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-404"/>
        <location line="+175"/>
        <location line="+62"/>
        <location line="+167"/>
        <location filename="../app/cli/ImportCommand.cpp" line="-23"/>
        <location filename="../app/cli/InfoCommand.cpp" line="+0"/>
        <location filename="../app/cli/LedgerCommand.cpp" line="-4"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-292"/>
        <location line="+142"/>
        <location line="+67"/>
        <location line="+83"/>
        <location filename="../app/cli/RouteCommand.cpp" line="+0"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-286"/>
        <location filename="../app/cli/TiersCommand.cpp" line="-24"/>
        <source>Database file (default: the user&apos;s database).</source>
        <translation>Fichier de base de données (par défaut&#xa0;: celle de l&apos;utilisateur).</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>The plan whose approved lines are exported.</source>
        <translation>Le plan dont les lignes approuvées sont exportées.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-149"/>
        <location line="+67"/>
        <location line="+83"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="+253"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>csv, pdf, x12, edifact or json; several separated by commas, or all.</source>
        <translation>csv, pdf, x12, edifact ou json&#xa0;; plusieurs séparés par des virgules, ou all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv or pdf (a pick list); both separated by a comma, or all.</source>
        <translation>csv ou pdf (une liste de préparation)&#xa0;; les deux séparés par une virgule, ou all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder (created when missing).</source>
        <translation>Dossier de sortie (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter: , ; tab or | (default: the profile&apos;s).</source>
        <translation>Séparateur CSV&#xa0;: , ; tab ou | (par défaut&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+25"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV numbers with a decimal comma.</source>
        <translation>Nombres CSV avec une virgule décimale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV in UTF-8 without a byte order mark.</source>
        <translation>CSV en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue orders already exported as their next revision.</source>
        <translation>Réémettre les commandes déjà exportées sous leur révision suivante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV layout: generic or an import profile (%1) or a profile JSON file, so the file re-imports into that ERP.</source>
        <translation>Disposition CSV&#xa0;: generic ou un profil d&apos;import (%1) ou un fichier JSON de profil, pour que le fichier se réimporte dans cet ERP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+9"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="-2"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="+239"/>
        <location filename="../app/cli/ImportCommand.cpp" line="-12"/>
        <location filename="../app/cli/RouteCommand.cpp" line="+1"/>
        <location line="+5"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-158"/>
        <location line="+5"/>
        <location line="+70"/>
        <location line="+109"/>
        <location line="+70"/>
        <location line="+89"/>
        <location filename="../app/cli/TiersCommand.cpp" line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the purchase orders formed by a plan&apos;s approved purchase lines (per supplier, delivery location and order date) and records them.</source>
        <translation>Écrit les commandes fournisseur formées par les lignes d&apos;achat approuvées d&apos;un plan (par fournisseur, site de livraison et date de commande) et les enregistre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the transfer orders formed by a plan&apos;s approved transfer lines (per source location) and records them; transfers from partners go to the settlement ledger.</source>
        <translation>Écrit les ordres de transfert formés par les lignes de transfert approuvées d&apos;un plan (par site source) et les enregistre&#xa0;; les transferts depuis des partenaires vont au registre de règlement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs --plan and --out.</source>
        <translation>%1 nécessite --plan et --out.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown format &quot;%1&quot; for %2.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu pour %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--delimiter must be , ; tab or |.</source>
        <translation>--delimiter doit valoir , ; tab ou |.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A decimal comma needs another delimiter (--delimiter ;).</source>
        <translation>Une virgule décimale exige un autre séparateur (--delimiter ;).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+99"/>
        <source>(several)</source>
        <translation>(plusieurs)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 new and %2 revised %3 orders, %4 files written to %5%6.</source>
        <translation>Commandes (%3)&#xa0;: %1 nouvelles et %2 révisées, %4 fichiers écrits dans %5%6.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-14"/>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+0"/>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 settlement ledger entries</source>
        <translation>&#xa0;; %1 écritures au registre de règlement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order number (purchase or transfer order).</source>
        <translation>Le numéro de commande (commande fournisseur ou ordre de transfert).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is cancelled (kept in the audit log).</source>
        <translation>Motif de l&apos;annulation (conservé dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-1"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-225"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-342"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancels an exported order: its lines become cancelled, its number is never given out again; audited.</source>
        <translation>Annule une commande exportée&#xa0;: ses lignes passent à l&apos;état annulé, son numéro n&apos;est jamais réattribué&#xa0;; audité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export cancel needs --po.</source>
        <translation>export cancel nécessite --po.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order %1 cancelled (%2 lines).</source>
        <translation>Commande %1 annulée (%2 lignes).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only this plan&apos;s orders.</source>
        <translation>Uniquement les commandes de ce plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the orders as JSON.</source>
        <translation>Afficher les commandes en JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the exported and cancelled orders, newest first.</source>
        <translation>Liste les commandes exportées et annulées, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No orders were exported yet.</source>
        <translation>Aucune commande n&apos;a encore été exportée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled %1: %2</source>
        <translation>annulée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported %1</source>
        <translation>exportée le %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2; empty resets to &quot;%3&quot;).</source>
        <translation>%1 (%2&#xa0;; vide rétablit «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>Afficher les paramètres en JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the company, buyer, numbering and EDI settings that orders carry, and sets them.</source>
        <translation>Affiche et définit les paramètres de société, d&apos;acheteur, de numérotation et EDI que portent les commandes.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Usage: stockshift-cli export pos|transfers|cancel|list|settings [options] (each has --help).</source>
        <translation>Utilisation&#xa0;: stockshift-cli export pos|transfers|cancel|list|settings [options] (chacune a --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastCommand.cpp" line="-8"/>
        <source>Buckets to forecast (default 13).</source>
        <translation>Périodes à prévoir (par défaut 13).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day or week (default week).</source>
        <translation>day ou week (par défaut week).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-276"/>
        <location line="+12"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-45"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (per series: rolling-origin backtest among the methods for its demand class) or one of: %1.</source>
        <translation>auto (par série&#xa0;: backtest à origine glissante parmi les méthodes de sa classe de demande) ou l&apos;une de&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="+3"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-177"/>
        <source>Worker threads (default: all cores).</source>
        <translation>Threads de calcul (par défaut&#xa0;: tous les cœurs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling backtest origins for the automatic selection (default 3).</source>
        <translation>Origines de backtest glissant pour la sélection automatique (par défaut 3).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the history up to this date only (yyyy-mm-dd): a backcast whose accuracy can be measured against the sales after it.</source>
        <translation>N&apos;utiliser l&apos;historique que jusqu&apos;à cette date (aaaa-mm-jj)&#xa0;: une rétroprévision dont la précision peut être mesurée par rapport aux ventes ultérieures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-4"/>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of the most valuable series get every method family (ETS, ARIMA, regression besides the fast ones); -1 = all (default 10000).</source>
        <translation>Nombre de séries les plus importantes qui reçoivent toutes les familles de méthodes (ETS, ARIMA, régression en plus des rapides)&#xa0;; -1 = toutes (par défaut 10000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn from the raw history: no outlier cutting, no imputation of stockout days.</source>
        <translation>Apprendre sur l&apos;historique brut&#xa0;: pas d&apos;écrêtage des valeurs aberrantes, pas d&apos;imputation des jours de rupture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecasts every active SKU × location from its sales history and stores the run.</source>
        <translation>Prévoit chaque SKU × site actif à partir de son historique de ventes et enregistre le calcul.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--as-of must be a date (yyyy-mm-dd), not &quot;%1&quot;.</source>
        <translation>--as-of doit être une date (aaaa-mm-jj), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bucket must be day or week, not &quot;%1&quot;.</source>
        <translation>--bucket doit valoir day ou week, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Forecast run %1: %2 series (%3 failed) from history up to %4, in %5 s.
Demand classes: %6.
Methods: %7.
Backtest: mean MASE %8, WAPE %9%.</source>
        <translation>Calcul de prévision %1&#xa0;: %2 séries (%3 en échec) à partir de l&apos;historique jusqu&apos;au %4, en %5 s.
Classes de demande&#xa0;: %6.
Méthodes&#xa0;: %7.
Backtest&#xa0;: MASE moyen %8, WAPE %9&#xa0;%.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cleansed history: %1 outlier buckets cut, %2 stockout buckets imputed (forecast_adjustments).</source>
        <translation>Historique nettoyé&#xa0;: %1 périodes aberrantes écrêtées, %2 périodes de rupture imputées (forecast_adjustments).</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="-16"/>
        <source>The series file.</source>
        <translation>Le fichier des séries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m3 (id,v1,v2,… without header), m4 (quoted header, id first) or long (series_id,t,value).</source>
        <translation>m3 (id,v1,v2,… sans en-tête), m4 (en-tête entre guillemets, id en premier) ou long (series_id,t,value).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ImportCommand.cpp" line="+15"/>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Season length: 1 none, 4 quarterly, 7 daily, 12 monthly, 52 weekly.</source>
        <translation>Longueur de saison&#xa0;: 1 aucune, 4 trimestrielle, 7 journalière, 12 mensuelle, 52 hebdomadaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps to forecast.</source>
        <translation>Pas à prévoir.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (per series: rolling-origin backtest over the horizon, the ETS/Theta/ARIMA ensemble unless another method is clearly better) or one of: %1.</source>
        <translation>auto (par série&#xa0;: backtest à origine glissante sur l&apos;horizon, l&apos;ensemble ETS/Theta/ARIMA sauf si une autre méthode est nettement meilleure) ou l&apos;une de&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output CSV: series_id,h,forecast,lo80,hi80,lo95,hi95.</source>
        <translation>CSV de sortie&#xa0;: series_id,h,forecast,lo80,hi80,lo95,hi95.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecasts every series of a file with prediction intervals.</source>
        <translation>Prévoit chaque série d&apos;un fichier avec des intervalles de prévision.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be m3, m4 or long, not &quot;%1&quot;.</source>
        <translation>--format doit valoir m3, m4 ou long, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+10"/>
        <source>%1: not forecast: %2</source>
        <translation>%1&#xa0;: non prévue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 series forecast, %2 left out, in %3 s; written to %4.</source>
        <translation>%1 séries prévues, %2 exclues, en %3 s&#xa0;; écrit dans %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-206"/>
        <source>Unknown location &quot;%1&quot;.</source>
        <translation>Site «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown SKU &quot;%1&quot;.</source>
        <translation>SKU «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Forecast run (default: the newest).</source>
        <translation>Calcul de prévision (par défaut&#xa0;: le plus récent).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>series (SKU x location), location, region, category or network (default series).</source>
        <translation>series (SKU x site), location, region, category ou network (par défaut series).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>CSV file to write.</source>
        <translation>Fichier CSV à écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a stored forecast, overrides applied, at any level as CSV.</source>
        <translation>Écrit une prévision enregistrée, forçages appliqués, à n&apos;importe quel niveau en CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--level must be series, location, region, category or network.</source>
        <translation>--level doit valoir series, location, region, category ou network.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecast run %1 at %2 level written to %3.</source>
        <translation>Calcul de prévision %1 au niveau %2 écrit dans %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows to list: series, sku, location, category or network (default location).</source>
        <translation>Lignes à lister&#xa0;: series, sku, location, category ou network (par défaut location).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the N groups with the largest error (default 10).</source>
        <translation>Lister les N groupes ayant la plus grande erreur (par défaut 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the rows of that level as CSV.</source>
        <translation>Écrire aussi les lignes de ce niveau en CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every run again, even if nothing changed.</source>
        <translation>Réévaluer chaque calcul, même si rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures every stored forecast run against the sales that arrived after it (MAPE, WAPE, MASE, bias, tracking signal) and raises alerts when accuracy drops.</source>
        <translation>Mesure chaque calcul de prévision enregistré par rapport aux ventes arrivées ensuite (MAPE, WAPE, MASE, biais, signal de suivi) et lève des alertes quand la précision baisse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--level must be series, sku, location, category or network.</source>
        <translation>--level doit valoir series, sku, location, category ou network.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No forecast run has actuals yet: run a forecast with --as-of an earlier date, or import the sales that followed a run.</source>
        <translation>Aucun calcul de prévision n&apos;a encore de réel&#xa0;: lancez une prévision avec --as-of à une date antérieure, ou importez les ventes qui ont suivi un calcul.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Run %1 (%2 series, %3 buckets with actuals, %4 runs evaluated): WAPE %5%, MAPE %6%, MASE %7, bias %8%, tracking signal %9; statistical forecast alone: WAPE %10%.</source>
        <translation>Calcul %1 (%2 séries, %3 périodes avec réel, %4 calculs évalués)&#xa0;: WAPE %5&#xa0;%, MAPE %6&#xa0;%, MASE %7, biais %8&#xa0;%, signal de suivi %9&#xa0;; prévision statistique seule&#xa0;: WAPE %10&#xa0;%.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Largest errors by %1:</source>
        <translation>Plus grandes erreurs par %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert (%1): %2</source>
        <translation>Alerte (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add, list, undo or redo</source>
        <translation>add, list, undo ou redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/HealthCommand.cpp" line="+236"/>
        <source>Location code.</source>
        <translation>Code site.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-61"/>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+1"/>
        <location filename="../app/cli/LedgerCommand.cpp" line="+3"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/HealthCommand.cpp" line="+0"/>
        <source>SKU code.</source>
        <translation>Code SKU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bucket start covered (yyyy-mm-dd).</source>
        <translation>Début de la première période couverte (aaaa-mm-jj).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bucket start covered (yyyy-mm-dd).</source>
        <translation>Début de la dernière période couverte (aaaa-mm-jj).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the forecast to Q per bucket.</source>
        <translation>Fixer la prévision à Q par période.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply the forecast by F (1.2 = +20%).</source>
        <translation>Multiplier la prévision par F (1.2 = +20&#xa0;%).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-35"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required for add).</source>
        <translation>Motif (obligatoire pour add).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who (default: the login name).</source>
        <translation>Auteur (par défaut&#xa0;: le nom de connexion).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override id (undo, redo).</source>
        <translation>Identifiant du forçage (undo, redo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: include undone overrides.</source>
        <translation>list&#xa0;: inclure les forçages annulés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable output.</source>
        <translation>Afficher une sortie lisible par machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner overrides of the forecast: add one (set or scale a SKU x location over a date range, with a reason), list them, undo or redo one. Every change is audited.</source>
        <translation>Forçages de prévision du planificateur&#xa0;: en ajouter un (fixer ou multiplier un SKU x site sur une plage de dates, avec un motif), les lister, en annuler ou en rétablir un. Chaque modification est auditée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from and --to must be dates (yyyy-mm-dd).</source>
        <translation>--from et --to doivent être des dates (aaaa-mm-jj).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give exactly one of --set Q and --scale F.</source>
        <translation>Indiquez exactement une option parmi --set Q et --scale F.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The override&apos;s value must be a number.</source>
        <translation>La valeur du forçage doit être un nombre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Override %1 added: %2.</source>
        <translation>Forçage %1 ajouté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--id N is required.</source>
        <translation>--id N est obligatoire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override %1 undone.</source>
        <translation>Forçage %1 annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override %1 in force again.</source>
        <translation>Forçage %1 de nouveau en vigueur.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>  (undone %1)</source>
        <translation>  (annulé le %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give an action: add, list, undo or redo.</source>
        <translation>Indiquez une action&#xa0;: add, list, undo ou redo.</translation>
    </message>
    <message>
        <location filename="../app/cli/HealthCommand.cpp" line="-238"/>
        <source>Also write the rows as CSV.</source>
        <translation>Écrire aussi les lignes en CSV.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: score %2 · %3 rows: %4 out, %5 critical, %6 below ROP, %7 expiring, %8 overstock, %9 healthy</source>
        <translation>%1&#xa0;: score %2 · %3 lignes&#xa0;: %4 en rupture, %5 critiques, %6 sous le PC, %7 à péremption, %8 en surstock, %9 saines</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · stock %1, turnover %2, %3 days of inventory, in stock %4%</source>
        <translation> · stock %1, rotation %2, %3 jours de stock, en stock %4&#xa0;%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stock health per SKU × location (status, cover, value, expiry), rolled up by location, with the health score and its parts; raises and resolves the stock alerts.</source>
        <translation>Santé des stocks par SKU × site (statut, couverture, valeur, péremption), agrégée par site, avec le score de santé et ses composantes&#xa0;; lève et résout les alertes de stock.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stock health as of %1 (%2 SKU × location rows, demand from %3):</source>
        <translation>Santé des stocks au %1 (%2 lignes SKU × site, demande issue de %3)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>calcul de prévision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales history, no forecast run</source>
        <translation>historique des ventes, pas de calcul de prévision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (target %3): %4 points</source>
        <translation>%1 %2 (cible %3)&#xa0;: %4 points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not measured</source>
        <translation>%1&#xa0;: non mesuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score parts: %1.</source>
        <translation>Composantes du score&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts: %1 raised, %2 still open, %3 resolved. Computed in %4 s (read %5 s).</source>
        <translation>Alertes&#xa0;: %1 levées, %2 toujours ouvertes, %3 résolues. Calculé en %4 s (lecture %5 s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>default, A, B, C or AX … CZ.</source>
        <translation>default, A, B, C ou AX … CZ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location code (override).</source>
        <translation>Code site (dérogation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU code (override).</source>
        <translation>Code SKU (dérogation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required for an override).</source>
        <translation>Motif (obligatoire pour une dérogation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameters as JSON, e.g. {&quot;serviceLevel&quot;:0.97}; {} clears the rule or override.</source>
        <translation>Les paramètres en JSON, p. ex. {&quot;serviceLevel&quot;:0.97}&#xa0;; {} efface la règle ou la dérogation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sets the policy of one SKU × location (audited).</source>
        <translation>Définit la politique d&apos;un SKU × site (audité).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the policy rule of a segment (audited).</source>
        <translation>Définit la règle de politique d&apos;un segment (audité).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--json must be a JSON object: %1</source>
        <translation>--json doit être un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown location &quot;%1&quot; or SKU &quot;%2&quot;.</source>
        <translation>Site «&#xa0;%1&#xa0;» ou SKU «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy saved.</source>
        <translation>Politique enregistrée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated days per run (default 730).</source>
        <translation>Durée de chaque simulation en jours (par défaut 730).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs (default 20).</source>
        <translation>Nombre de simulations (par défaut 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+131"/>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (par défaut 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulates the recommended policy of one SKU × location day by day with demand drawn from its forecast: achieved service, fill rate, stock and cost.</source>
        <translation>Simule jour par jour la politique recommandée d&apos;un SKU × site avec une demande tirée de sa prévision&#xa0;: niveau de service atteint, taux de service, stock et coût.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot simulate: %1.</source>
        <translation>Simulation impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 at %2, %3 policy (s %4, S %5), target %6%:</source>
        <translation>%1 à %2, politique %3 (s %4, S %5), cible %6&#xa0;%&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  cycle service %1% over %2 cycles, fill rate %3%, average stock %4 units, %5 orders a year; cost a year: holding %6, ordering %7, lost margin %8.</source>
        <translation>  niveau de service (cycle) %1&#xa0;% sur %2 cycles, taux de service %3&#xa0;%, stock moyen %4 unités, %5 commandes par an&#xa0;; coût annuel&#xa0;: possession %6, passation %7, marge perdue %8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No SKU × location %1 at %2 in the inventory.</source>
        <translation>Aucun SKU × site %1 à %2 dans le stock.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Safety stock, reorder point, order-up-to level, EOQ and the suggested order per SKU × location, with every formula input (CSV). Also: policy set --scope S --json J | policy override --location L --sku K --reason R --json J | policy simulate --location L --sku K.</source>
        <translation>Stock de sécurité, point de commande, niveau de recomplètement, EOQ et commande suggérée par SKU × site, avec toutes les données des formules (CSV). Aussi&#xa0;: policy set --scope S --json J | policy override --location L --sku K --reason R --json J | policy simulate --location L --sku K.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Policies for %1 SKU × location rows: %2 to order now (%3 units, %4 at cost); safety stock worth %5; %6 rows cannot be computed (see the note column).</source>
        <translation>Politiques pour %1 lignes SKU × site&#xa0;: %2 à commander maintenant (%3 unités, %4 au coût)&#xa0;; stock de sécurité d&apos;une valeur de %5&#xa0;; %6 lignes non calculables (voir la colonne de remarque).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also list resolved alerts.</source>
        <translation>Lister aussi les alertes résolues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the stock health first (raises and resolves).</source>
        <translation>Recalculer d&apos;abord la santé des stocks (lève et résout les alertes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List at most N alerts (default 50; 0 = all).</source>
        <translation>Lister au plus N alertes (par défaut 50&#xa0;; 0 = toutes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the alerts as JSON.</source>
        <translation>Afficher les alertes en JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the open alerts (stock, expiry, overstock, stale data, forecast accuracy), critical first.</source>
        <translation>Liste les alertes ouvertes (stock, péremption, surstock, données obsolètes, précision des prévisions), les critiques en premier.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 alerts: %2 critical, %3 warnings, %4 info.</source>
        <translation>%1 alertes&#xa0;: %2 critiques, %3 avertissements, %4 infos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %1 more (--top 0 lists all).</source>
        <translation>… et %1 de plus (--top 0 les liste toutes).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="-41"/>
        <source>… %1 more problems (use --errors FILE.csv to get all of them).</source>
        <translation>… %1 problèmes de plus (utilisez --errors FICHIER.csv pour tous les obtenir).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the file holds: %1. Default: from the file name (e.g. sales.csv).</source>
        <translation>Contenu du fichier&#xa0;: %1. Par défaut&#xa0;: d&apos;après le nom du fichier (p. ex. sales.csv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every known file of a folder (locations.csv, skus.csv, …) in dependency order.</source>
        <translation>Importer tous les fichiers connus d&apos;un dossier (locations.csv, skus.csv, …) dans l&apos;ordre des dépendances.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping profile: a built-in name (%1) or a JSON file.</source>
        <translation>Profil de correspondance&#xa0;: un nom intégré (%1) ou un fichier JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile JSON file (same as --profile FILE).</source>
        <translation>Fichier JSON de profil de correspondance (comme --profile FICHIER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate only; write nothing.</source>
        <translation>Valider seulement&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upsert (default) or replace (rows of this kind not in the file are removed; master data is deactivated).</source>
        <translation>upsert (par défaut) ou replace (les lignes de ce type absentes du fichier sont supprimées&#xa0;; les données de référence sont désactivées).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is rejected.</source>
        <translation>Ne rien importer si une ligne est rejetée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create unknown SKU, location and supplier codes.</source>
        <translation>Créer les codes SKU, site et fournisseur inconnus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every problem to this CSV file.</source>
        <translation>Écrire chaque problème dans ce fichier CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation>Séparateur de champs&#xa0;: , ; tab | (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal separator: . or , (default: detected).</source>
        <translation>Séparateur décimal&#xa0;: . ou , (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iso, dmy, mdy, yyyymmdd or excel (default: detected).</source>
        <translation>iso, dmy, mdy, yyyymmdd ou excel (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be ou windows-1252 (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENC</source>
        <translation>ENC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports an ERP CSV export into the database. Every row is validated; bad rows are reported with line, column and reason and the rest is committed in one transaction.</source>
        <translation>Importe un export CSV d&apos;ERP dans la base. Chaque ligne est validée&#xa0;; les lignes erronées sont signalées avec ligne, colonne et motif, et le reste est validé en une seule transaction.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--mode must be upsert or replace, not &quot;%1&quot;.</source>
        <translation>--mode doit valoir upsert ou replace, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown delimiter &quot;%1&quot;; use , ; tab or |.</source>
        <translation>Séparateur «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez , ; tab ou |.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--decimal must be . or ,</source>
        <translation>--decimal doit valoir . ou ,</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown date format &quot;%1&quot;; use iso, dmy, mdy, yyyymmdd or excel.</source>
        <translation>Format de date «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez iso, dmy, mdy, yyyymmdd ou excel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Encodage «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 holds none of the known files (locations.csv, skus.csv, …).</source>
        <translation>Le dossier %1 ne contient aucun des fichiers connus (locations.csv, skus.csv, …).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the file to import with --file (or a folder with --dir).</source>
        <translation>Indiquez le fichier à importer avec --file (ou un dossier avec --dir).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un de&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot tell what %1 holds from its name; give --kind (%2).</source>
        <translation>Impossible de déduire le contenu de %1 d&apos;après son nom&#xa0;; indiquez --kind (%2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Forecast accuracy could not be updated: %1</source>
        <translation>La précision des prévisions n&apos;a pas pu être mise à jour&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Forecast accuracy updated: run %1 against the actuals, WAPE %2%, bias %3%; %n new alert(s) (stockshift-cli accuracy).</source>
        <translation>
            <numerusform>Précision des prévisions mise à jour&#xa0;: calcul %1 comparé au réel, WAPE %2&#xa0;%, biais %3&#xa0;%&#xa0;; %n nouvelle alerte (stockshift-cli accuracy).</numerusform>
            <numerusform>Précision des prévisions mise à jour&#xa0;: calcul %1 comparé au réel, WAPE %2&#xa0;%, biais %3&#xa0;%&#xa0;; %n nouvelles alertes (stockshift-cli accuracy).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+1"/>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows counts per table, the sales history range and the last imports.</source>
        <translation>Affiche le nombre de lignes par table, la plage de l&apos;historique des ventes et les derniers imports.</translation>
    </message>
    <message>
        <location filename="../app/cli/LedgerCommand.cpp" line="-9"/>
        <source>Usage: stockshift-cli ledger verify|export [options] (each has --help).</source>
        <translation>Utilisation&#xa0;: stockshift-cli ledger verify|export [options] (chacune a --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The partner&apos;s location code.</source>
        <translation>Le code site du partenaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement file: .csv or .pdf.</source>
        <translation>Fichier de relevé&#xa0;: .csv ou .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes a partner&apos;s settlement statement (CSV or PDF).</source>
        <translation>Écrit le relevé de règlement d&apos;un partenaire (CSV ou PDF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks every entry of the settlement ledger and the chain that links them; exit code 1 when something was changed.</source>
        <translation>Vérifie chaque écriture du registre de règlement et la chaîne qui les relie&#xa0;; code de sortie 1 en cas de modification.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settlement ledger is intact: %1 entries, every one chained to the one before.</source>
        <translation>Le registre de règlement est intact&#xa0;: %1 écritures, chacune chaînée à la précédente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settlement ledger was tampered with: %1</source>
        <translation>Le registre de règlement a été altéré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ledger export needs --partner and --out.</source>
        <translation>ledger export nécessite --partner et --out.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Statement of %1 written to %2: %3 entries, owed to it %4, owed by it %5, net %6; ledger %7.</source>
        <translation>Relevé de %1 écrit dans %2&#xa0;: %3 écritures, dû au partenaire %4, dû par le partenaire %5, solde net %6&#xa0;; registre %7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+29"/>
        <source>Generate the demo network into a database or a CSV folder</source>
        <translation>Générer le réseau de démonstration dans une base ou un dossier CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an ERP CSV export (or a folder of them)</source>
        <translation>Importer un export CSV d&apos;ERP (ou un dossier d&apos;exports)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what a database holds</source>
        <translation>Afficher le contenu d&apos;une base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast every active SKU x location and store the run</source>
        <translation>Prévoir chaque SKU x site actif et enregistrer le calcul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a stored forecast (overrides applied) at any level as CSV</source>
        <translation>Écrire une prévision enregistrée (forçages appliqués) à n&apos;importe quel niveau en CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure stored forecasts against the actuals that arrived; alerts</source>
        <translation>Mesurer les prévisions enregistrées par rapport au réel arrivé&#xa0;; alertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, list, undo or redo forecast overrides</source>
        <translation>Ajouter, lister, annuler ou rétablir des forçages de prévision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock health, score and alerts per SKU x location and location</source>
        <translation>Santé des stocks, score et alertes par SKU x site et par site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety stock, reorder point, EOQ and suggested orders; set, simulate</source>
        <translation>Stock de sécurité, point de commande, EOQ et commandes suggérées&#xa0;; définir, simuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the open alerts, critical first</source>
        <translation>Lister les alertes ouvertes, les critiques en premier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer, replenishment and joint plans (CBC or rules); evaluate, review</source>
        <translation>Plans de transfert, de réapprovisionnement et conjoints (CBC ou règles)&#xa0;; évaluer, revoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the partner settlement ledger, export a partner&apos;s statement</source>
        <translation>Vérifier le registre de règlement des partenaires, exporter le relevé d&apos;un partenaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fulfilment tiers from customer value and capacity: build, validate, export, import</source>
        <translation>Paliers de livraison selon la valeur client et la capacité&#xa0;: construire, valider, exporter, importer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulate order routing policies per customer tier</source>
        <translation>Simuler les politiques de routage des commandes par palier client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase orders (CSV, PDF, X12, EDIFACT, JSON) and transfer orders</source>
        <translation>Commandes fournisseur (CSV, PDF, X12, EDIFACT, JSON) et ordres de transfert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What-if scenarios: save, load (files), list, run on a copy, compare</source>
        <translation>Scénarios de simulation&#xa0;: enregistrer, charger (fichiers), lister, exécuter sur une copie, comparer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast the series of an M3, M4 or long CSV file</source>
        <translation>Prévoir les séries d&apos;un fichier CSV M3, M4 ou long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the whole planning cycle on the demo network</source>
        <translation>Exécuter tout le cycle de planification sur le réseau de démonstration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: stockshift-cli &lt;command&gt; [options]   (stockshift-cli &lt;command&gt; --help for its options)</source>
        <translation>Utilisation&#xa0;: stockshift-cli &lt;commande&gt; [options]   (stockshift-cli &lt;commande&gt; --help pour ses options)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 success, 1 partial (some rows rejected), 2 error.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 partiel (certaines lignes rejetées), 2 erreur.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-182"/>
        <source>Plan %1 (%2, %3): %4 — %5 transfer lines (%6 units, %7 shipments), %8 purchase lines (%9 units, %10 orders).</source>
        <translation>Plan %1 (%2, %3)&#xa0;: %4 — %5 lignes de transfert (%6 unités, %7 expéditions), %8 lignes d&apos;achat (%9 unités, %10 commandes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Cost over the horizon: %1 = transport %2 + fixed %3 + holding %4 + lost margin %5 + safety-stock shortfall %6; purchases worth %7; unmet demand %8 units.</source>
        <translation>  Coût sur l&apos;horizon&#xa0;: %1 = transport %2 + fixe %3 + possession %4 + marge perdue %5 + déficit de stock de sécurité %6&#xa0;; achats d&apos;une valeur de %7&#xa0;; demande non servie %8 unités.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Solver: objective %1, best bound %2, gap %3%, %4 s; model %5 rows × %6 columns, %7 non-zeros.</source>
        <translation>  Solveur&#xa0;: objectif %1, meilleure borne %2, écart %3&#xa0;%, %4 s&#xa0;; modèle %5 lignes × %6 colonnes, %7 non-zéros.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buckets to plan (default 4).</source>
        <translation>Périodes à planifier (par défaut 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week or day (default week).</source>
        <translation>week ou day (par défaut week).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milp (CBC), greedy (transfers), rop (purchases) or none.</source>
        <translation>milp (CBC), greedy (transferts), rop (achats) ou none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="+32"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solver time limit in seconds (default 60).</source>
        <translation>Limite de temps du solveur en secondes (par défaut 60).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative gap to stop at (default 0.01).</source>
        <translation>Écart relatif d&apos;arrêt (par défaut 0.01).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solver threads (default 1).</source>
        <translation>Threads du solveur (par défaut 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per truck (0 = one shipment carries any amount).</source>
        <translation>Unités par camion (0 = une expédition transporte n&apos;importe quelle quantité).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per bucket (0 = none).</source>
        <translation>Budget d&apos;achat par période (0 = aucun).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty per unit and bucket below safety stock, as a share of the unit margin (default 0.1).</source>
        <translation>Pénalité par unité et par période sous le stock de sécurité, en part de la marge unitaire (par défaut 0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan only the N most valuable SKUs (0 = all).</source>
        <translation>Ne planifier que les N SKU les plus importants (0 = tous).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole units as integer variables (slower; by default quantities are continuous in the model and rounded after).</source>
        <translation>Unités entières en variables entières (plus lent&#xa0;; par défaut les quantités sont continues dans le modèle et arrondies ensuite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the model for other solvers: free MPS, or CPLEX LP when FILE ends in .lp.</source>
        <translation>Écrire le modèle pour d&apos;autres solveurs&#xa0;: MPS libre, ou CPLEX LP si FICHIER se termine par .lp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CBC&apos;s log.</source>
        <translation>Afficher le journal de CBC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan&apos;s lines as CSV.</source>
        <translation>Écrire les lignes du plan en CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also simulate it (N runs).</source>
        <translation>Le simuler aussi (N simulations).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes and stores a plan over the next buckets.</source>
        <translation>Construit et enregistre un plan sur les prochaines périodes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--time-limit, --gap, --truck and --budget must be non-negative numbers.</source>
        <translation>--time-limit, --gap, --truck et --budget doivent être des nombres positifs ou nuls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bucket must be week or day, not &quot;%1&quot;.</source>
        <translation>--bucket doit valoir week ou day, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>  Simulated over %1 runs: fill rate %2%, total cost %3 (± %4).</source>
        <translation>  Sur %1 simulations&#xa0;: taux de service %2&#xa0;%, coût total %3 (± %4).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+150"/>
        <source>Plan id.</source>
        <translation>Identifiant du plan.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Simulation runs (default 20).</source>
        <translation>Nombre de simulations (par défaut 20).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulates a stored plan day by day under random demand (its own stored input, so the result is reproducible).</source>
        <translation>Simule jour par jour un plan enregistré sous une demande aléatoire (à partir de ses propres données enregistrées, le résultat est donc reproductible).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plan %1 over %2 runs: fill rate %3%, lost %4 units; cost %5 (± %6) = transport %7 + fixed %8 + ordering %9 + holding %10 + lost margin %11; ending stock %12 units.</source>
        <translation>Plan %1 sur %2 simulations&#xa0;: taux de service %3&#xa0;%, %4 unités perdues&#xa0;; coût %5 (± %6) = transport %7 + fixe %8 + passation %9 + possession %10 + marge perdue %11&#xa0;; stock final %12 unités.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan id (show).</source>
        <translation>Identifiant du plan (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan&apos;s lines as CSV (show).</source>
        <translation>Écrire les lignes du plan en CSV (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows a stored plan.</source>
        <translation>Affiche un plan enregistré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists the stored plans.</source>
        <translation>Liste les plans enregistrés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1  %2  %3 %4 (%5)  total %6  %7 lines</source>
        <translation>%1  %2  %3 %4 (%5)  total %6  %7 lignes</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Line numbers, comma-separated, or all.</source>
        <translation>Numéros de ligne, séparés par des virgules, ou all.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sets the review state of plan lines (audited).</source>
        <translation>Définit l&apos;état de revue des lignes de plan (audité).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--lines must be line numbers or all, not &quot;%1&quot;.</source>
        <translation>--lines doit contenir des numéros de ligne ou all, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lines %2.</source>
        <translation>%1 lignes&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|approve|reject [options] (each has --help).</source>
        <translation>Utilisation&#xa0;: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|approve|reject [options] (chacune a --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/RouteCommand.cpp" line="-14"/>
        <source>Usage: stockshift-cli route simulate [options] (see --help).</source>
        <translation>Utilisation&#xa0;: stockshift-cli route simulate [options] (voir --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tier configuration (default: default).</source>
        <translation>Configuration de paliers (par défaut&#xa0;: default).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to sample (default 2000).</source>
        <translation>Commandes à échantillonner (par défaut 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing policy: %1 or all (default all).</source>
        <translation>Politique de routage&#xa0;: %1 ou all (par défaut all).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the sampled orders (default 42).</source>
        <translation>Graine des commandes échantillonnées (par défaut 42).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples forecast orders by region and customer tier and replays them through routing policies: promise attainment, cost per order, split shipments and capacity use per tier. Uses the newest stored tier configuration, or the built-in tiers built on the spot.</source>
        <translation>Échantillonne des commandes prévues par région et palier client et les rejoue selon des politiques de routage&#xa0;: respect de la promesse, coût par commande, expéditions fractionnées et utilisation de la capacité par palier. Utilise la configuration de paliers enregistrée la plus récente, ou les paliers intégrés construits à la volée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown policy &quot;%1&quot;: use %2 or all.</source>
        <translation>Politique «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez %2 ou all.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 orders (seed %2) against tier configuration %3 %4; each sampled unit stands for %5 forecast units.</source>
        <translation>%1 commandes (graine %2) selon la configuration de paliers %3 %4&#xa0;; chaque unité échantillonnée représente %5 unités prévues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(built-in tiers, not stored)</source>
        <translation>(paliers intégrés, non enregistrés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 %4 %5 %6 %7</source>
        <translation>%1 %2 %3 %4 %5 %6 %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier</source>
        <translation>palier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost/order</source>
        <translation>coût/cde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>fract.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max load</source>
        <translation>charge max</translation>
    </message>
    <message>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-78"/>
        <source>Scenario &quot;%1&quot;%2: %3 edits, %4 sites, %5 lanes, %6 suppliers, %7 policy rules, %8 forecast overrides.</source>
        <translation>Scénario «&#xa0;%1&#xa0;»%2&#xa0;: %3 modifications, %4 sites, %5 liaisons, %6 fournisseurs, %7 règles de politique, %8 forçages de prévision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (from &quot;%1&quot;)</source>
        <translation> (depuis «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Run %1: total cost %2, fill rate %3%, inventory value %4, days of inventory %5, expiring units %6, %7 transfers, %8 purchase orders.</source>
        <translation>  Exécution %1&#xa0;: coût total %2, taux de service %3&#xa0;%, valeur du stock %4, jours de stock %5, unités à péremption %6, %7 transferts, %8 commandes fournisseur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demand × F in a region (or category:/sku:/location: TARGET); repeatable.</source>
        <translation>Demande × F dans une région (ou category:/sku:/location: CIBLE)&#xa0;; répétable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCOPE:]TARGET=F</source>
        <translation>[PORTÉE:]CIBLE=F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the lanes FROM → TO; repeatable.</source>
        <translation>Fermer les liaisons DE → VERS&#xa0;; répétable.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM:TO</source>
        <translation>DE:VERS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s lead time + DAYS; repeatable.</source>
        <translation>Délai d&apos;un fournisseur + JOURS&#xa0;; répétable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUPPLIER=DAYS</source>
        <translation>FOURNISSEUR=JOURS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchasing budget × F (e.g. 0.85 for −15%; without a budget: of what the plan would spend).</source>
        <translation>Budget d&apos;achat × F (p. ex. 0.85 pour −15&#xa0;%&#xa0;; sans budget&#xa0;: de ce que le plan dépenserait).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new micro-fulfilment site copied from TEMPLATE, with a capacity (−1 unlimited) and a share of the template&apos;s demand (default 0.3); repeatable.</source>
        <translation>Un nouveau site de micro-fulfilment copié depuis MODÈLE, avec une capacité (−1 illimitée) et une part de la demande du modèle (par défaut 0.3)&#xa0;; répétable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE:TEMPLATE[:CAPACITY[:SHARE]]</source>
        <translation>CODE:MODÈLE[:CAPACITÉ[:PART]]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>milp (CBC), greedy, rop or none (default milp).</source>
        <translation>milp (CBC), greedy, rop ou none (par défaut milp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solver time limit in seconds (default 20).</source>
        <translation>Limite de temps du solveur en secondes (par défaut 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks to plan (default 4).</source>
        <translation>Semaines à planifier (par défaut 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per week (0 = none).</source>
        <translation>Budget d&apos;achat par semaine (0 = aucun).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation runs (default 10).</source>
        <translation>Nombre de simulations (par défaut 10).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--method must be milp, greedy, rop or none, not &quot;%1&quot;.</source>
        <translation>--method doit valoir milp, greedy, rop ou none, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 must be a number of at least %2.</source>
        <translation>--%1 doit être un nombre supérieur ou égal à %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The scenario&apos;s name (required).</source>
        <translation>Le nom du scénario (obligatoire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is about.</source>
        <translation>Son objet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone this stored scenario (its settings and edits) instead of the database&apos;s current settings.</source>
        <translation>Cloner ce scénario enregistré (ses paramètres et modifications) au lieu des paramètres actuels de la base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write it to a file: .ssc (binary) or .xml.</source>
        <translation>L&apos;écrire aussi dans un fichier&#xa0;: .ssc (binaire) ou .xml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only write the file, do not store it in the database.</source>
        <translation>Écrire seulement le fichier, sans l&apos;enregistrer dans la base.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshots the planning settings (policies, costs, capacities, lanes, lead times, overrides, solver settings) with what-if edits as a named scenario.</source>
        <translation>Capture les paramètres de planification (politiques, coûts, capacités, liaisons, délais, forçages, paramètres du solveur) avec des modifications de simulation, sous forme de scénario nommé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario save needs --name.</source>
        <translation>scenario save nécessite --name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-store needs --out.</source>
        <translation>--no-store nécessite --out.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scenario file (.ssc or .xml).</source>
        <translation>Le fichier de scénario (.ssc ou .xml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it under this name instead of its own.</source>
        <translation>L&apos;enregistrer sous ce nom au lieu du sien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only check and describe the file; store nothing.</source>
        <translation>Vérifier et décrire le fichier seulement&#xa0;; ne rien enregistrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads a scenario file and stores it in the database. A damaged file, or one from a newer Stockshift, is refused (exit code 2).</source>
        <translation>Lit un fichier de scénario et l&apos;enregistre dans la base. Un fichier endommagé, ou provenant d&apos;une version plus récente de Stockshift, est refusé (code de sortie 2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scenario load needs --file.</source>
        <translation>scenario load nécessite --file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is intact.</source>
        <translation>Le fichier est intact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the database.</source>
        <translation>Enregistré dans la base.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the scenarios stored in the database.</source>
        <translation>Liste les scénarios enregistrés dans la base.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No scenarios yet: stockshift-cli scenario save --name NAME creates one.</source>
        <translation>Aucun scénario pour l&apos;instant&#xa0;: stockshift-cli scenario save --name NOM en crée un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run</source>
        <translation>exécuté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored scenario to run.</source>
        <translation>Le scénario enregistré à exécuter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the scenario of this file instead (stored in the database with its results).</source>
        <translation>Exécuter plutôt le scénario de ce fichier (enregistré dans la base avec ses résultats).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the scenario with its results to a file.</source>
        <translation>Écrire aussi le scénario avec ses résultats dans un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the frozen copy of the database it ran on here.</source>
        <translation>Conserver ici la copie figée de la base sur laquelle il a été exécuté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs a scenario on a frozen copy of the database (the live data is never changed): health, a plan within the time limit, and its simulation; stores the results.</source>
        <translation>Exécute un scénario sur une copie figée de la base (les données réelles ne sont jamais modifiées)&#xa0;: santé des stocks, un plan dans la limite de temps, et sa simulation&#xa0;; enregistre les résultats.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenario run needs --name or --file.</source>
        <translation>scenario run nécessite --name ou --file.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Warnings:
%1</source>
        <translation>Avertissements&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A stored scenario (repeat; the first is the reference). Names can also be given as arguments.</source>
        <translation>Un scénario enregistré (répétable&#xa0;; le premier sert de référence). Les noms peuvent aussi être passés en arguments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU rows of the per-SKU diff (default 10; 0 = all).</source>
        <translation>Lignes SKU de l&apos;écart par SKU (par défaut 10&#xa0;; 0 = toutes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compares run scenarios side by side: total cost, fill rate, inventory value, days of inventory, expiring units, transfers, purchase orders, and a per-SKU diff against the first.</source>
        <translation>Compare côte à côte des scénarios exécutés&#xa0;: coût total, taux de service, valeur du stock, jours de stock, unités à péremption, transferts, commandes fournisseur, et un écart par SKU par rapport au premier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario compare needs at least two scenario names.</source>
        <translation>scenario compare nécessite au moins deux noms de scénario.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Per SKU (planned transfer + purchase units; largest change first):</source>
        <translation>Par SKU (unités planifiées en transfert + achat&#xa0;; plus grand changement en premier)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario to delete.</source>
        <translation>Le scénario à supprimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes a stored scenario.</source>
        <translation>Supprime un scénario enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; deleted.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: stockshift-cli scenario save|load|list|run|compare|delete [options] (each has --help).</source>
        <translation>Utilisation&#xa0;: stockshift-cli scenario save|load|list|run|compare|delete [options] (chacune a --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/TiersCommand.cpp" line="-59"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (overflow)</source>
        <translation> (débordement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3, promise %4 d, %5; %6</source>
        <translation>%1&#xa0;: %2 %3, promesse %4 j, %5&#xa0;; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflow</source>
        <translation>débordement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from</source>
        <translation>depuis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; simulated: %1% on time, %2 per order, %3% split</source>
        <translation>&#xa0;; simulé&#xa0;: %1&#xa0;% à l&apos;heure, %2 par commande, %3&#xa0;% fractionnées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: stockshift-cli tiers build|validate|export|import [options] (each has --help).</source>
        <translation>Utilisation&#xa0;: stockshift-cli tiers build|validate|export|import [options] (chacune a --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration name (default: default).</source>
        <translation>Nom de la configuration (par défaut&#xa0;: default).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier definitions from this JSON document (default: the newest stored version, or the built-in tiers).</source>
        <translation>Définitions de paliers issues de ce document JSON (par défaut&#xa0;: la version enregistrée la plus récente, ou les paliers intégrés).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders simulated to check the assignments (default 1000).</source>
        <translation>Commandes simulées pour vérifier les affectations (par défaut 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the simulated orders (default 42).</source>
        <translation>Graine des commandes simulées (par défaut 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the result: .json or .csv.</source>
        <translation>Écrire aussi le résultat&#xa0;: .json ou .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate this JSON document (default: the newest stored version).</source>
        <translation>Valider ce document JSON (par défaut&#xa0;: la version enregistrée la plus récente).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file: .json or .csv.</source>
        <translation>Fichier de sortie&#xa0;: .json ou .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version (default: the newest).</source>
        <translation>Version (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON document to import.</source>
        <translation>Le document JSON à importer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Builds the fulfilment tiers on the network (capacity scores, the option per region and tier with fallbacks), checks them in a routing simulation, validates and stores them as a new version.</source>
        <translation>Construit les paliers de livraison sur le réseau (scores de capacité, option par région et palier avec replis), les vérifie par une simulation de routage, les valide et les enregistre comme nouvelle version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validates a tier configuration against the network; exit code 1 on errors.</source>
        <translation>Valide une configuration de paliers par rapport au réseau&#xa0;; code de sortie 1 en cas d&apos;erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a stored tier configuration as JSON (schema-valid, versioned) or CSV.</source>
        <translation>Écrit une configuration de paliers enregistrée en JSON (conforme au schéma, versionné) ou en CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a tier configuration (JSON), validates it and stores it as a new version.</source>
        <translation>Lit une configuration de paliers (JSON), la valide et l&apos;enregistre comme nouvelle version.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>tiers export needs --out FILE.json or FILE.csv.</source>
        <translation>tiers export nécessite --out FICHIER.json ou FICHIER.csv.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tier configuration %1 version %2 written to %3.</source>
        <translation>Configuration de paliers %1 version %2 écrite dans %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The tier configuration is not valid.</source>
        <translation>La configuration de paliers n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier configuration is valid (%1 warnings).</source>
        <translation>La configuration de paliers est valide (%1 avertissements).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tiers import needs --in FILE.json.</source>
        <translation>tiers import nécessite --in FICHIER.json.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tier configuration was not imported: it has errors.</source>
        <translation>La configuration de paliers n&apos;a pas été importée&#xa0;: elle comporte des erreurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported from %1</source>
        <translation>importée depuis %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tier configuration %1 version %2 is already stored exactly so; nothing changed.</source>
        <translation>La configuration de paliers %1 version %2 est déjà enregistrée à l&apos;identique&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Tier configuration %1 stored as version %2.</source>
        <translation>Configuration de paliers %1 enregistrée comme version %2.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>warning: the assignments could not be simulated: %1</source>
        <translation>avertissement&#xa0;: les affectations n&apos;ont pas pu être simulées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>built</source>
        <translation>construite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The tiers have errors and were not stored.</source>
        <translation>Les paliers comportent des erreurs et n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier configuration %1 version %2 is unchanged.</source>
        <translation>La configuration de paliers %1 version %2 est inchangée.</translation>
    </message>
</context>
<context>
    <name>Stockshift::CsvWriter</name>
    <message>
        <location filename="../core/common/CsvWriter.cpp" line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Demo</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+882"/>
        <location line="+420"/>
        <source>Writing master data</source>
        <translation>Écriture des données de référence</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+37"/>
        <location line="+359"/>
        <location line="+26"/>
        <source>Writing sales history</source>
        <translation>Écriture de l&apos;historique des ventes</translation>
    </message>
    <message>
        <location line="-360"/>
        <location line="+383"/>
        <source>Writing stock, orders and customers</source>
        <translation>Écriture du stock, des commandes et des clients</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+359"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Stockshift::Demo::DemoGenerator</name>
    <message>
        <location line="-706"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+159"/>
        <location line="+45"/>
        <location line="+351"/>
        <location line="+32"/>
        <location line="+116"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 already holds a network; the demo is only written into an empty database.</source>
        <translation>%1 contient déjà un réseau&#xa0;; la démo ne s&apos;écrit que dans une base vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the demo failed (%1): %2</source>
        <translation>L&apos;écriture de la démo a échoué (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Export</name>
    <message>
        <location filename="../core/export/ExportSettings.cpp" line="+22"/>
        <source>The export settings could not be read or written: %1</source>
        <translation>Les paramètres d&apos;export n&apos;ont pas pu être lus ou écrits&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Setting %1 = &quot;%2&quot;: %3</source>
        <translation>Paramètre %1 = «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prefix is 1 to 6 letters or digits.</source>
        <translation>un préfixe compte 1 à 6 lettres ou chiffres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence has 3 to 9 digits.</source>
        <translation>la séquence compte 3 à 9 chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a currency is a three-letter ISO 4217 code such as EUR.</source>
        <translation>une devise est un code ISO 4217 à trois lettres, comme EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an EDI id is 1 to 15 letters, digits, spaces or . _ / -.</source>
        <translation>un identifiant EDI compte 1 à 15 lettres, chiffres, espaces ou . _ / -.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an X12 id qualifier is two letters or digits (ZZ, 01, 12 …).</source>
        <translation>un qualifiant d&apos;identifiant X12 compte deux lettres ou chiffres (ZZ, 01, 12 …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an EDIFACT id qualifier is 1 to 4 letters or digits (ZZZ, 14 …).</source>
        <translation>un qualifiant d&apos;identifiant EDIFACT compte 1 à 4 lettres ou chiffres (ZZZ, 14 …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use 1 for test interchanges, 0 for production.</source>
        <translation>utilisez 1 pour les échanges de test, 0 pour la production.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Buying company&apos;s name on every order</source>
        <translation>Raison sociale de l&apos;acheteur sur chaque commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying company&apos;s address (lines separated by &quot;|&quot;)</source>
        <translation>Adresse de la société acheteuse (lignes séparées par «&#xa0;|&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buying company&apos;s VAT id</source>
        <translation>N° de TVA de la société acheteuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer (contact) named on purchase orders</source>
        <translation>Acheteur (contact) nommé sur les commandes fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s e-mail address</source>
        <translation>Adresse e-mail de l&apos;acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s telephone number</source>
        <translation>Numéro de téléphone de l&apos;acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency of prices (ISO 4217)</source>
        <translation>Devise des prix (ISO 4217)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order number prefix</source>
        <translation>Préfixe des numéros de commande fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer order number prefix</source>
        <translation>Préfixe des numéros d&apos;ordre de transfert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits of the yearly sequence in order numbers (3-9)</source>
        <translation>Chiffres de la séquence annuelle dans les numéros de commande (3-9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our EDI interchange id (X12 and EDIFACT)</source>
        <translation>Notre identifiant d&apos;échange EDI (X12 et EDIFACT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X12 interchange id qualifier</source>
        <translation>Qualifiant d&apos;identifiant d&apos;échange X12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDIFACT partner id code qualifier</source>
        <translation>Qualifiant de code d&apos;identifiant partenaire EDIFACT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: mark EDI interchanges as test data</source>
        <translation>1&#xa0;: marquer les échanges EDI comme données de test</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown export setting &quot;%1&quot;.</source>
        <translation>Paramètre d&apos;export «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../core/export/OrderDocuments.cpp" line="+171"/>
        <source>The PDF document %1 could not be started.</source>
        <translation>Le document PDF %1 n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>VAT id %1</source>
        <translation>N° TVA %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Profile &quot;%1&quot; has no layout for open orders, so a purchase order cannot be written in it.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de disposition pour les commandes en cours&#xa0;: une commande fournisseur ne peut donc pas y être écrite.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Profile &quot;%1&quot; fixes %2 to &quot;%3&quot;; purchase order %4 has &quot;%5&quot;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» fixe %2 à «&#xa0;%3&#xa0;»&#xa0;; la commande fournisseur %4 a «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Purchase order — revision %1</source>
        <translation>Bon de commande — révision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date: %1</source>
        <translation>Date de commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued: %1</source>
        <translation>Émis le&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier no. %1</source>
        <translation>N° fournisseur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, region %2</source>
        <translation>%1, région %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested delivery: %1. Prices in %2.</source>
        <translation>Livraison demandée&#xa0;: %1. Prix en %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Supplier SKU</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+234"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines: %1, units: %2</source>
        <translation>Lignes&#xa0;: %1, unités&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1 %2</source>
        <translation>Total&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please confirm this order quoting its number. Deliveries without the order number cannot be received.</source>
        <translation>Merci de confirmer cette commande en rappelant son numéro. Les livraisons sans numéro de commande ne peuvent pas être réceptionnées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order %1</source>
        <translation>Bon de commande %1</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Pick list</source>
        <translation>Liste de préparation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer order %1</source>
        <translation>Ordre de transfert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick at: %1 (%2)</source>
        <translation>Préparation à&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed: %1</source>
        <translation>Imprimé le&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship date</source>
        <translation>Date d&apos;expédition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines: %1, units to pick: %2</source>
        <translation>Lignes&#xa0;: %1, unités à préparer&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picked by: ____________________    Checked by: ____________________</source>
        <translation>Préparé par&#xa0;: ____________________    Contrôlé par&#xa0;: ____________________</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick list %1</source>
        <translation>Liste de préparation %1</translation>
    </message>
    <message>
        <location filename="../core/export/OrderExport.cpp" line="+34"/>
        <source>The export could not read or write the database: %1</source>
        <translation>L&apos;export n&apos;a pas pu lire ou écrire la base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no plan %1.</source>
        <translation>Le plan %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Simulated failure after %1 files.</source>
        <translation>Échec simulé après %1 fichiers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No export format was chosen.</source>
        <translation>Aucun format d&apos;export n&apos;a été choisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer orders are written as CSV or PDF, not %1.</source>
        <translation>Les ordres de transfert s&apos;écrivent en CSV ou PDF, pas en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output folder was given.</source>
        <translation>Aucun dossier de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the output folder %1.</source>
        <translation>Impossible de créer le dossier de sortie %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n approved line(s) belong to %1, which was already exported: export again as a revision to add them to it.</source>
        <translation>
            <numerusform>%n ligne approuvée appartient à %1, déjà exportée&#xa0;: exportez à nouveau sous forme de révision pour l&apos;y ajouter.</numerusform>
            <numerusform>%n lignes approuvées appartiennent à %1, déjà exportée&#xa0;: exportez à nouveau sous forme de révision pour les y ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 orders of plan %2 were already exported (%3). Export again as a revision to issue them anew.</source>
        <translation>Les commandes %1 du plan %2 ont déjà été exportées (%3). Exportez à nouveau sous forme de révision pour les réémettre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>purchase</source>
        <translation>d&apos;achat</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>transfer</source>
        <translation>de transfert</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Plan %1 has no approved %2 lines to export.</source>
        <translation>Le plan %1 n&apos;a aucune ligne %2 approuvée à exporter.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Plan %1 line %2 changed while it was being exported.</source>
        <translation>La ligne %2 du plan %1 a changé pendant son export.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>plan %1, %2 lines (%3 new), %4</source>
        <translation>plan %1, %2 lignes (%3 nouvelles), %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 formats</source>
        <translation>%1 formats</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+56"/>
        <source>There is no order %1.</source>
        <translation>La commande %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Order %1 is already cancelled.</source>
        <translation>La commande %1 est déjà annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n line(s) cancelled; %1 ledger corrections; reason: %2</source>
        <translation>
            <numerusform>%n ligne annulée&#xa0;; %1 corrections au registre&#xa0;; motif&#xa0;: %2</numerusform>
            <numerusform>%n lignes annulées&#xa0;; %1 corrections au registre&#xa0;; motif&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none given</source>
        <translation>aucun motif indiqué</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast</name>
    <message>
        <location filename="../core/forecast/AccuracyMonitor.cpp" line="+34"/>
        <source>Computing forecast accuracy failed: %1</source>
        <translation>Le calcul de la précision des prévisions a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <location filename="../core/forecast/NetworkForecaster.cpp" line="+185"/>
        <location filename="../core/forecast/NetworkHistory.cpp" line="+109"/>
        <location filename="../core/forecast/SeriesForecaster.cpp" line="+219"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>the network</source>
        <translation>le réseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast accuracy of %1 dropped: WAPE %2% against %3% over the previous %4 runs.</source>
        <translation>La précision des prévisions de %1 a baissé&#xa0;: WAPE %2&#xa0;% contre %3&#xa0;% sur les %4 calculs précédents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for a level shift, a missed promotion or a data problem in the recent sales; re-run the forecast or override it.</source>
        <translation>Recherchez un changement de niveau, une promotion manquée ou un problème de données dans les ventes récentes&#xa0;; relancez la prévision ou forcez-la.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is consistently under-forecast: tracking signal %2, bias %3%.</source>
        <translation>%1 est systématiquement sous-prévu&#xa0;: signal de suivi %2, biais %3&#xa0;%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is consistently over-forecast: tracking signal %2, bias %3%.</source>
        <translation>%1 est systématiquement surprévu&#xa0;: signal de suivi %2, biais %3&#xa0;%.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check for lost sales, a trend the model missed, or an override that is too low.</source>
        <translation>Vérifiez les ventes perdues, une tendance non captée par le modèle, ou un forçage trop bas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for a demand drop, an ended promotion, or an override that is too high.</source>
        <translation>Vérifiez une baisse de la demande, une promotion terminée, ou un forçage trop élevé.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Alert %1 is not open.</source>
        <translation>L&apos;alerte %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../core/forecast/BasicMethods.cpp" line="+26"/>
        <source>The series has %1 values; this method needs at least %2.</source>
        <translation>La série compte %1 valeurs&#xa0;; cette méthode en exige au moins %2.</translation>
    </message>
    <message>
        <location filename="../core/forecast/Combination.cpp" line="+87"/>
        <source>No member of %1 could be fitted.</source>
        <translation>Aucun membre de %1 n&apos;a pu être ajusté.</translation>
    </message>
    <message>
        <location filename="../core/forecast/ForecastStore.cpp" line="+26"/>
        <location filename="../core/forecast/SeriesExplainer.cpp" line="+46"/>
        <source>Reading the forecast failed: %1</source>
        <translation>La lecture de la prévision a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No forecast has been run yet.</source>
        <translation>Aucune prévision n&apos;a encore été exécutée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no forecast run %1.</source>
        <translation>Le calcul de prévision %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../core/forecast/HistoryCleaner.cpp" line="+91"/>
        <source>Out of stock %1% of the bucket: %2 sold, %3 estimated demand lost (share × the median %4 of the nearest buckets in stock).</source>
        <translation>En rupture %1&#xa0;% de la période&#xa0;: %2 vendus, %3 de demande estimée perdue (part × la médiane %4 des périodes en stock les plus proches).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is %2 robust standard deviations above the local median %3 (Hampel filter, limit %4 σ): cut to %5.</source>
        <translation>%1 est à %2 écarts-types robustes au-dessus de la médiane locale %3 (filtre de Hampel, limite %4 σ)&#xa0;: écrêté à %5.</translation>
    </message>
    <message>
        <location filename="../core/forecast/MethodRegistry.cpp" line="+84"/>
        <source>Unknown forecasting method &quot;%1&quot;; methods are: %2.</source>
        <translation>Méthode de prévision «&#xa0;%1&#xa0;» inconnue&#xa0;; les méthodes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/forecast/NetworkForecaster.cpp" line="-80"/>
        <location filename="../core/forecast/NetworkHistory.cpp" line="+151"/>
        <source>The bucket must be a day or a week.</source>
        <translation>La période doit être le jour ou la semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The horizon must be between 1 and 730 buckets.</source>
        <translation>L&apos;horizon doit être compris entre 1 et 730 périodes.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+18"/>
        <location line="+81"/>
        <location line="+14"/>
        <source>Storing the forecast failed: %1</source>
        <translation>L&apos;enregistrement de la prévision a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/forecast/NetworkHistory.cpp" line="-223"/>
        <source>Reading the sales history failed: %1</source>
        <translation>La lecture de l&apos;historique des ventes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+281"/>
        <location line="+5"/>
        <source>The database has no sales history to forecast from.</source>
        <translation>La base ne contient aucun historique de ventes à partir duquel prévoir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sales history is shorter than two buckets.</source>
        <translation>L&apos;historique des ventes couvre moins de deux périodes.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No active SKU × location has sales to forecast.</source>
        <translation>Aucun SKU × site actif n&apos;a de ventes à prévoir.</translation>
    </message>
    <message>
        <location filename="../core/forecast/Overrides.cpp" line="+32"/>
        <source>Storing the override failed: %1</source>
        <translation>L&apos;enregistrement du forçage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no override %1.</source>
        <translation>Le forçage %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override %1 is already undone.</source>
        <translation>Le forçage %1 est déjà annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override %1 is in force already.</source>
        <translation>Le forçage %1 est déjà en vigueur.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>An override needs a reason.</source>
        <translation>Un forçage nécessite un motif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An override&apos;s value cannot be negative.</source>
        <translation>La valeur d&apos;un forçage ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The override&apos;s start lies after its end.</source>
        <translation>Le début du forçage est postérieur à sa fin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown location.</source>
        <translation>Site inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown SKU.</source>
        <translation>SKU inconnu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the overrides failed: %1</source>
        <translation>La lecture des forçages a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/forecast/RegressionMethod.cpp" line="+338"/>
        <source>The series has no values.</source>
        <translation>La série n&apos;a aucune valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The series contains values that are not numbers.</source>
        <translation>La série contient des valeurs non numériques.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The regression needs at least %1 buckets of history since the first demand for its %2 features; the series has %3.</source>
        <translation>La régression exige au moins %1 périodes d&apos;historique depuis la première demande pour ses %2 variables&#xa0;; la série en compte %3.</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>elasticity %1: a 10% higher price changes demand by %2</source>
        <translation>élasticité %1&#xa0;: un prix 10&#xa0;% plus élevé modifie la demande de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per standard deviation (%2)</source>
        <translation>%1 par écart-type (%2)</translation>
    </message>
    <message>
        <location filename="../core/forecast/SeriesExplainer.cpp" line="+3"/>
        <source>Run %1 has no forecast for this SKU at this location.</source>
        <translation>Le calcul %1 n&apos;a pas de prévision pour ce SKU sur ce site.</translation>
    </message>
    <message>
        <location filename="../core/forecast/SeriesForecaster.cpp" line="-172"/>
        <source>value %1 is missing inside the series</source>
        <translation>la valeur %1 manque à l&apos;intérieur de la série</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value %1 is not a number: &quot;%2&quot;</source>
        <translation>la valeur %1 n&apos;est pas un nombre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the series has no values</source>
        <translation>la série n&apos;a aucune valeur</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A long file needs the columns series_id,t,value.</source>
        <translation>Un fichier long exige les colonnes series_id,t,value.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1: %2 is not a number</source>
        <translation>ligne %1&#xa0;: %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The horizon must be at least 1.</source>
        <translation>L&apos;horizon doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <location filename="../core/forecast/ThetaMethod.cpp" line="+22"/>
        <source>The series has %1 values; Theta needs at least 3.</source>
        <translation>La série compte %1 valeurs&#xa0;; Theta en exige au moins 3.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::ArimaMethod</name>
    <message>
        <location filename="../core/forecast/ArimaMethod.cpp" line="+818"/>
        <source>ARIMA orders cannot be negative.</source>
        <translation>Les ordres ARIMA ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A seasonal ARIMA model needs a season length above 1.</source>
        <translation>Un modèle ARIMA saisonnier exige une longueur de saison supérieure à 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>The series is too short for ARIMA%1: it has %2 values.</source>
        <translation>La série est trop courte pour ARIMA%1&#xa0;: elle compte %2 valeurs.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>ARIMA%1 has no stationary and invertible CSS estimate.</source>
        <translation>ARIMA%1 n&apos;a pas d&apos;estimation CSS stationnaire et inversible.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+56"/>
        <source>ARIMA%1 could not be fitted to this series.</source>
        <translation>ARIMA%1 n&apos;a pas pu être ajusté à cette série.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::AutoArimaMethod</name>
    <message>
        <location line="+122"/>
        <source>The series has %1 values; ARIMA needs at least 3.</source>
        <translation>La série compte %1 valeurs&#xa0;; ARIMA en exige au moins 3.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::AutoMethod</name>
    <message>
        <location filename="../core/forecast/AutoMethod.cpp" line="+104"/>
        <source>The series is empty.</source>
        <translation>La série est vide.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The forecast is not a number.</source>
        <translation>La prévision n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No method could be fitted.</source>
        <translation>Aucune méthode n&apos;a pu être ajustée.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::CrostonMethod</name>
    <message>
        <location filename="../core/forecast/BasicMethods.cpp" line="+343"/>
        <source>Croston-type methods need non-negative demand.</source>
        <translation>Les méthodes de type Croston exigent une demande positive ou nulle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series has no demand at all.</source>
        <translation>La série n&apos;a aucune demande.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::EtsAutoMethod</name>
    <message>
        <location filename="../core/forecast/EtsMethod.cpp" line="+454"/>
        <source>No exponential smoothing model fits this series.</source>
        <translation>Aucun modèle de lissage exponentiel ne convient à cette série.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::EtsMethod</name>
    <message>
        <location line="-207"/>
        <source>A seasonal model needs two full seasons of history.</source>
        <translation>Un modèle saisonnier exige deux saisons complètes d&apos;historique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplicative models need positive data.</source>
        <translation>Les modèles multiplicatifs exigent des données positives.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seasonal pattern cannot be estimated.</source>
        <translation>Le profil saisonnier ne peut pas être estimé.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 could not be fitted to this series.</source>
        <translation>%1 n&apos;a pas pu être ajusté à cette série.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The series is too short for %1.</source>
        <translation>La série est trop courte pour %1.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::Override</name>
    <message>
        <location filename="../core/forecast/Overrides.cpp" line="-80"/>
        <source>= %1 per bucket</source>
        <translation>= %1 par période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 to %3 (%4)</source>
        <translation>%1 du %2 au %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Health</name>
    <message>
        <location filename="../core/health/HealthEngine.cpp" line="+62"/>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point</source>
        <translation>Sous le point de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring</source>
        <translation>À péremption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overstock</source>
        <translation>Surstock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>(no region)</source>
        <translation>(sans région)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>In-stock rate</source>
        <translation>Taux de disponibilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stockout rate</source>
        <translation>Taux de rupture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overstock share</source>
        <translation>Part de surstock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turnover</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast accuracy</source>
        <translation>Précision des prévisions</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/health/StockAlerts.cpp" line="+29"/>
        <source>Storing the alerts failed: %1</source>
        <translation>L&apos;enregistrement des alertes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The last import was %1 days ago: stock and sales may be out of date.</source>
        <translation>Le dernier import date de %1 jours&#xa0;: le stock et les ventes peuvent être obsolètes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of stock; forecast demand %2 a day.</source>
        <translation>%1 est en rupture&#xa0;; demande prévue %2 par jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs out on %2, before an order placed today can arrive (lead time %3 days).</source>
        <translation>%1 tombe en rupture le %2, avant qu&apos;une commande passée aujourd&apos;hui puisse arriver (délai %3 jours).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below its reorder point: position %2, reorder point %3.</source>
        <translation>%1 est sous son point de commande&#xa0;: position %2, point de commande %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 units expire unsold within %3 days (first expiry %4).</source>
        <translation>%1&#xa0;: %2 unités périment invendues sous %3 jours (première péremption le %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2 units without a sale for %3 days.</source>
        <translation>%1 détient %2 unités sans vente depuis %3 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>over a year</source>
        <translation>plus d&apos;un an</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is overstocked: %2 days of cover (threshold %3).</source>
        <translation>%1 est en surstock&#xa0;: %2 jours de couverture (seuil %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a slow mover: no sale for %2 days, %3 units in stock.</source>
        <translation>%1 tourne lentement&#xa0;: aucune vente depuis %2 jours, %3 unités en stock.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the latest stock and sales exports.</source>
        <translation>Importez les derniers exports de stock et de ventes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer stock from a location with surplus, or expedite an order%1.</source>
        <translation>Transférez du stock depuis un site excédentaire, ou accélérez une commande%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (suggested: %1 units)</source>
        <translation> (suggestion&#xa0;: %1 unités)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 units from %2.</source>
        <translation>Commandez %1 unités auprès de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the order: %1</source>
        <translation>Revoyez la commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell or move the expiring lots first (promotion, transfer to a faster location).</source>
        <translation>Vendez ou déplacez d&apos;abord les lots proches de la péremption (promotion, transfert vers un site à plus forte rotation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop ordering; transfer the surplus to locations short of it.</source>
        <translation>Arrêtez de commander&#xa0;; transférez l&apos;excédent vers les sites qui en manquent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the listing; consider a markdown or a transfer.</source>
        <translation>Revoyez le référencement&#xa0;; envisagez une démarque ou un transfert.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import</name>
    <message>
        <location filename="../core/import/CsvFormat.cpp" line="+76"/>
        <source>Excel serial number</source>
        <translation>Numéro de série Excel</translation>
    </message>
    <message>
        <location filename="../core/import/CsvImporter.cpp" line="+340"/>
        <source>loading codes</source>
        <translation>chargement des codes</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>preparing the import</source>
        <translation>préparation de l&apos;import</translation>
    </message>
    <message>
        <location line="+481"/>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>writing delivery locations</source>
        <translation>écriture des sites de livraison</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>writing a row</source>
        <translation>écriture d&apos;une ligne</translation>
    </message>
    <message>
        <location filename="../core/import/CsvSniffer.cpp" line="+86"/>
        <source>Encoding UTF-8 (byte-order mark).</source>
        <translation>Encodage UTF-8 (BOM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-16 little-endian (byte-order mark).</source>
        <translation>Encodage UTF-16 little-endian (BOM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-16 big-endian (byte-order mark).</source>
        <translation>Encodage UTF-16 big-endian (BOM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-8.</source>
        <translation>Encodage UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding Windows-1252 (the file is not valid UTF-8).</source>
        <translation>Encodage Windows-1252 (le fichier n&apos;est pas en UTF-8 valide).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Only one column found; delimiter &apos;,&apos; assumed.</source>
        <translation>Une seule colonne trouvée&#xa0;; séparateur «&#xa0;,&#xa0;» supposé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter &apos;%1&apos; (consistent %2 fields in %3 of %4 rows).</source>
        <translation>Séparateur «&#xa0;%1&#xa0;» (%2 champs constants sur %3 des %4 lignes).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No header row found; columns are numbered.</source>
        <translation>Aucune ligne d&apos;en-tête trouvée&#xa0;; les colonnes sont numérotées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header in row %1; the %2 row(s) above it are skipped.</source>
        <translation>En-tête à la ligne %1&#xa0;; les %2 ligne(s) au-dessus sont ignorées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header in row 1.</source>
        <translation>En-tête à la ligne 1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+5"/>
        <source>values such as %1</source>
        <translation>valeurs comme %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&apos;;&apos; delimiter</source>
        <translation>séparateur «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column &apos;%1&apos;: numbers such as %2 can be read with a decimal comma or a decimal point; choose the decimal separator.</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: des nombres comme %2 peuvent se lire avec une virgule ou un point décimal&#xa0;; choisissez le séparateur décimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column &apos;%1&apos;: some numbers use a decimal comma and others a decimal point; choose the decimal separator.</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: certains nombres utilisent une virgule décimale et d&apos;autres un point&#xa0;; choisissez le séparateur décimal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; delimiter</source>
        <translation>séparateur «&#xa0;,&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no decimal separators in the sample</source>
        <translation>aucun séparateur décimal dans l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decimal separator &apos;%1&apos; (%2).</source>
        <translation>Séparateur décimal «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator &apos;%1&apos;, thousands separator &apos;%2&apos; (%3).</source>
        <translation>Séparateur décimal «&#xa0;%1&#xa0;», séparateur de milliers «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Column &apos;%1&apos;: dates such as %2 can be read as day/month or month/day; choose the date format.</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: des dates comme %2 peuvent se lire jour/mois ou mois/jour&#xa0;; choisissez le format de date.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excel serial numbers</source>
        <translation>numéros de série Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates as %1 (column %2).</source>
        <translation>Dates au format %1 (colonne %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column &apos;%1&apos; holds dates in another format; its values will be reported.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des dates dans un autre format&#xa0;; ses valeurs seront signalées.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportKind.cpp" line="+137"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Location code</source>
        <translation>Code site</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location line="+184"/>
        <location line="+157"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-456"/>
        <location line="+459"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-445"/>
        <location line="+226"/>
        <location line="+159"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity (units)</source>
        <translation>Capacité (unités)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity (m³)</source>
        <translation>Capacité (m³)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handling cost per unit</source>
        <translation>Coût de manutention par unité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU code</source>
        <translation>Code SKU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+221"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume (m³)</source>
        <translation>Volume (m³)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelf life (days)</source>
        <translation>Durée de vie (jours)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+48"/>
        <location line="+357"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="-403"/>
        <location line="+48"/>
        <location line="+117"/>
        <location line="+74"/>
        <location line="+166"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiry date</source>
        <translation>Date de péremption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hand</source>
        <translation>Physique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As-of date</source>
        <translation>Date d&apos;arrêté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stock on hand</source>
        <translation>Stock physique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+203"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From location</source>
        <translation>Site d&apos;origine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To location</source>
        <translation>Site de destination</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost per unit</source>
        <translation>Coût par unité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed cost per shipment</source>
        <translation>Coût fixe par expédition</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+48"/>
        <source>Lead time (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+39"/>
        <location line="+53"/>
        <source>Capacity per week</source>
        <translation>Capacité par semaine</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Lanes</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supplier code</source>
        <translation>Code fournisseur</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+47"/>
        <source>Lead time std. dev. (days)</source>
        <translation>Écart-type du délai (jours)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cost per order</source>
        <translation>Coût par commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivers to</source>
        <translation>Livre à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+79"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Supplier&apos;s item number</source>
        <translation>Réf. article fournisseur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minimum order quantity</source>
        <translation>Quantité minimale de commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order multiple</source>
        <translation>Multiple de commande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplier items</source>
        <translation>Articles fournisseur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order reference</source>
        <translation>Référence de commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order type</source>
        <translation>Type de commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source location</source>
        <translation>Site source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination location</source>
        <translation>Site de destination</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open orders</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CLTV score</source>
        <translation>Score CLTV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider (stock owner)</source>
        <translation>Fournisseur (propriétaire du stock)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer price markup (%)</source>
        <translation>Majoration du prix de cession (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profit share (%)</source>
        <translation>Partage des bénéfices (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling fee per unit</source>
        <translation>Frais de manutention par unité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid to</source>
        <translation>Valide au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner agreements</source>
        <translation>Accords partenaires</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location (empty = all)</source>
        <translation>Site (vide = tous)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region (empty = all)</source>
        <translation>Région (vide = toutes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SKU (empty = all)</source>
        <translation>SKU (vide = tous)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category (empty = all)</source>
        <translation>Catégorie (vide = toutes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected uplift (%)</source>
        <translation>Hausse attendue (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events and promotions</source>
        <translation>Événements et promotions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Out of stock from</source>
        <translation>En rupture depuis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of stock until</source>
        <translation>En rupture jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stockout periods</source>
        <translation>Périodes de rupture</translation>
    </message>
    <message>
        <location filename="../core/import/MappingProfile.cpp" line="+71"/>
        <source>Unknown encoding &quot;%1&quot; in profile.</source>
        <translation>Encodage «&#xa0;%1&#xa0;» inconnu dans le profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown delimiter &quot;%1&quot; in profile.</source>
        <translation>Séparateur «&#xa0;%1&#xa0;» inconnu dans le profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>Le séparateur décimal doit être «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The thousands and decimal separators must differ.</source>
        <translation>Les séparateurs de milliers et décimal doivent être différents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown date format &quot;%1&quot; in profile.</source>
        <translation>Format de date «&#xa0;%1&#xa0;» inconnu dans le profil.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="+71"/>
        <source>The CSV format must be resolved before reading.</source>
        <translation>Le format CSV doit être déterminé avant la lecture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>Le séparateur ne peut pas être un guillemet ni un saut de ligne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Read error: %1</source>
        <translation>Erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The field that starts on line %1 is longer than %2 bytes; is a closing quote missing?</source>
        <translation>Le champ qui commence à la ligne %1 dépasse %2 octets&#xa0;; manque-t-il un guillemet fermant&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record on line %1 is longer than %2 bytes.</source>
        <translation>L&apos;enregistrement de la ligne %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A quoted field that starts on line %1 is not closed.</source>
        <translation>Un champ entre guillemets qui commence à la ligne %1 n&apos;est pas fermé.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::CsvSniffer</name>
    <message>
        <location filename="../core/import/CsvSniffer.cpp" line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an Excel workbook, not a CSV file; save it as CSV (UTF-8) first.</source>
        <translation>%1 est un classeur Excel, pas un fichier CSV&#xa0;; enregistrez-le d&apos;abord au format CSV (UTF-8).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contains zero bytes: it is either not a text file or UTF-16 without a byte-order mark; choose the encoding.</source>
        <translation>%1 contient des octets nuls&#xa0;: ce n&apos;est pas un fichier texte, ou c&apos;est de l&apos;UTF-16 sans BOM&#xa0;; choisissez l&apos;encodage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no records.</source>
        <translation>%1 ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only the rows before this problem were sampled: %1</source>
        <translation>Seules les lignes précédant ce problème ont été échantillonnées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::ImportResult</name>
    <message>
        <location filename="../core/import/CsvImporter.cpp" line="+263"/>
        <source>Imported %1 into %2: %3 rows accepted, %4 rejected (%5 s).</source>
        <translation>%1 importé dans %2&#xa0;: %3 lignes acceptées, %4 rejetées (%5 s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run of %1 (%2): %3 rows would be accepted, %4 rejected. Nothing was written.</source>
        <translation>Essai à blanc de %1 (%2)&#xa0;: %3 lignes seraient acceptées, %4 rejetées. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not imported: %2 of %3 rows have problems and all-or-nothing was requested. The database is unchanged.</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2 lignes sur %3 présentent des problèmes et le mode tout ou rien était demandé. La base est inchangée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import of %1 was cancelled after %2 rows. The database is unchanged.</source>
        <translation>L&apos;import de %1 a été annulé après %2 lignes. La base est inchangée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace mode: %1 rows not in the file were removed or deactivated.</source>
        <translation>Mode remplacement&#xa0;: %1 lignes absentes du fichier ont été supprimées ou désactivées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created: %1.</source>
        <translation>Créés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>%1 problèmes au total&#xa0;; les %2 premiers sont listés.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::Importer</name>
    <message>
        <location line="-992"/>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: required column(s) %2 not found. The file&apos;s columns are: %3. Map them with a profile or --mapping, or rename the headers.</source>
        <translation>%1&#xa0;: colonne(s) obligatoire(s) %2 introuvable(s). Les colonnes du fichier sont&#xa0;: %3. Associez-les avec un profil ou --mapping, ou renommez les en-têtes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mapping reads field %1 from column &quot;%2&quot;, which the file does not have. The file&apos;s columns are: %3.</source>
        <translation>La correspondance lit le champ %1 dans la colonne «&#xa0;%2&#xa0;», absente du fichier. Les colonnes du fichier sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Set the date format (--date-format dmy|mdy|iso|yyyymmdd|excel).</source>
        <translation>Définissez le format de date (--date-format dmy|mdy|iso|yyyymmdd|excel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dates were found in the sample; dates are read as ISO (yyyy-mm-dd).</source>
        <translation>Aucune date trouvée dans l&apos;échantillon&#xa0;; les dates sont lues au format ISO (aaaa-mm-jj).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the decimal separator (--decimal . or --decimal ,).</source>
        <translation>Définissez le séparateur décimal (--decimal . ou --decimal ,).</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+21"/>
        <source>Cannot record the import: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The code could not be created: %1</source>
        <translation>Le code n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+299"/>
        <source>Unknown SKU code &quot;%1&quot;.</source>
        <translation>Code SKU «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Unknown supplier code &quot;%1&quot;.</source>
        <translation>Code fournisseur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+290"/>
        <source>Unknown location code &quot;%1&quot;.</source>
        <translation>Code site «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Une valeur est obligatoire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 est inférieur au minimum de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 est supérieur au maximum de %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid date in the format %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide au format %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date %1 is implausible (before 1970 or after 2100).</source>
        <translation>La date %1 est invraisemblable (avant 1970 ou après 2100).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a yes/no value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur oui/non.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+188"/>
        <location line="+21"/>
        <source>(row)</source>
        <translation>(ligne)</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>The row has %1 fields but the header has %2; is a delimiter inside a value missing its quotes?</source>
        <translation>La ligne compte %1 champs mais l&apos;en-tête en compte %2&#xa0;; un séparateur à l&apos;intérieur d&apos;une valeur n&apos;est-il pas entre guillemets&#xa0;?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From and to are the same location.</source>
        <translation>L&apos;origine et la destination sont le même site.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A purchase order needs a supplier.</source>
        <translation>Une commande fournisseur nécessite un fournisseur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A transfer needs a source location.</source>
        <translation>Un transfert nécessite un site source.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source and destination are the same location.</source>
        <translation>La source et la destination sont le même site.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The due date lies before the order date.</source>
        <translation>La date d&apos;échéance est antérieure à la date de commande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider and receiver are the same location.</source>
        <translation>Le fournisseur et le destinataire sont le même site.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither location of the agreement is a partner seller.</source>
        <translation>Aucun des sites de l&apos;accord n&apos;est un vendeur partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>The end date lies before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The key %1 appears earlier in this file; the earlier row was kept.</source>
        <translation>La clé %1 apparaît plus haut dans ce fichier&#xa0;; la ligne précédente a été conservée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The row breaks a rule of the database: %1</source>
        <translation>La ligne enfreint une règle de la base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Le pilote SQLite n&apos;expose pas son handle.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Injected failure after %1 rows (test hook).</source>
        <translation>Échec injecté après %1 lignes (point d&apos;accroche de test).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Replacing the old rows failed: %1</source>
        <translation>Le remplacement des anciennes lignes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The same file was imported before (batch %1 at %2); its rows were updated in place, nothing was duplicated.</source>
        <translation>Le même fichier a déjà été importé (lot %1 le %2)&#xa0;; ses lignes ont été mises à jour sur place, rien n&apos;a été dupliqué.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::MappingProfile</name>
    <message>
        <location filename="../core/import/MappingProfile.cpp" line="+70"/>
        <source>The profile names an unknown import kind &quot;%1&quot;.</source>
        <translation>Le profil désigne un type d&apos;import inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile maps an unknown field &quot;%1&quot; for %2; valid fields are: %3.</source>
        <translation>Le profil associe un champ inconnu «&#xa0;%1&#xa0;» pour %2&#xa0;; les champs valides sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the mapping profile %1: %2</source>
        <translation>Impossible de lire le profil de correspondance %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mapping profile %1 is too large to be a profile.</source>
        <translation>Le profil de correspondance %1 est trop volumineux pour être un profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mapping profile %1 is not valid JSON: %2 (at byte %3).</source>
        <translation>Le profil de correspondance %1 n&apos;est pas un JSON valide&#xa0;: %2 (à l&apos;octet %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no built-in profile &quot;%1&quot;; built-in profiles are: %2.</source>
        <translation>Il n&apos;existe pas de profil intégré «&#xa0;%1&#xa0;»&#xa0;; les profils intégrés sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither a built-in profile (%2) nor a profile file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un profil intégré (%2) ni un fichier de profil.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Info</name>
    <message>
        <location filename="../core/info/DatabaseInfo.cpp" line="+33"/>
        <source>Cannot count %1.</source>
        <translation>Impossible de compter %1.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Info::DatabaseInfo</name>
    <message>
        <location line="+66"/>
        <source>Database: %1 (%2 MB, schema version %3)</source>
        <translation>Base de données&#xa0;: %1 (%2 Mo, version du schéma %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales history: %1 to %2, %3 SKU x location series</source>
        <translation>Historique des ventes&#xa0;: du %1 au %2, %3 séries SKU x site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales history: none</source>
        <translation>Historique des ventes&#xa0;: aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No imports yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last imports:</source>
        <translation>Derniers imports&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Stockshift::Inventory</name>
    <message>
        <location filename="../core/inventory/InventorySnapshot.cpp" line="+34"/>
        <source>Reading the inventory failed: %1</source>
        <translation>La lecture du stock a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+75"/>
        <source>Reading the sales failed: %1</source>
        <translation>La lecture des ventes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Reading the forecast failed: %1</source>
        <translation>La lecture de la prévision a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ledger</name>
    <message>
        <location filename="../core/ledger/SettlementLedger.cpp" line="+35"/>
        <source>The settlement ledger could not be read or written: %1</source>
        <translation>Le registre de règlement n&apos;a pas pu être lu ou écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The settlement ledger does not match its recorded head (%1 entries recorded, %2 found): run `stockshift-cli ledger verify` before adding to it.</source>
        <translation>Le registre de règlement ne correspond pas à sa tête enregistrée (%1 écritures enregistrées, %2 trouvées)&#xa0;: exécutez `stockshift-cli ledger verify` avant d&apos;y ajouter quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A ledger entry names an unknown location or SKU.</source>
        <translation>Une écriture du registre désigne un site ou un SKU inconnu.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Entries %1 to %2 are missing: the ledger&apos;s entries are numbered without gaps.</source>
        <translation>Les écritures %1 à %2 manquent&#xa0;: les écritures du registre sont numérotées sans trou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 does not follow the entry before it: an entry was removed, inserted or changed before it.</source>
        <translation>L&apos;écriture %1 ne suit pas l&apos;écriture précédente&#xa0;: une écriture a été supprimée, insérée ou modifiée avant elle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>L&apos;écriture %1 a été modifiée après son écriture (son contenu ne correspond pas à son empreinte).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1&apos;s amounts do not follow from its terms.</source>
        <translation>Les montants de l&apos;écriture %1 ne découlent pas de ses conditions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger&apos;s recorded head says %1 entries ending in %2…, the table has %3 ending in %4…: entries at the end were removed or added outside Stockshift.</source>
        <translation>La tête enregistrée du registre indique %1 écritures se terminant par %2…, la table en contient %3 se terminant par %4…&#xa0;: des écritures de fin ont été supprimées ou ajoutées hors de Stockshift.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unknown location &quot;%1&quot;.</source>
        <translation>Site «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settlement statement — %1 (%2)</source>
        <translation>Relevé de règlement — %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger %1: %2 entries in all.</source>
        <translation>Registre %1&#xa0;: %2 écritures au total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED: %1</source>
        <translation>NON VÉRIFIÉ&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship date</source>
        <translation>Date d&apos;expédition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Manutention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profit share</source>
        <translation>Partage des bénéfices</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owed to %1: %2</source>
        <translation>Dû à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed by %1: %2</source>
        <translation>Dû par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net: %1</source>
        <translation>Net&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement statement %1</source>
        <translation>Relevé de règlement %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Plan</name>
    <message>
        <location filename="../core/plan/PlanStore.cpp" line="+24"/>
        <source>Storing the plan failed: %1</source>
        <translation>L&apos;enregistrement du plan a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+278"/>
        <location line="+54"/>
        <location line="+130"/>
        <source>There is no plan %1.</source>
        <translation>Le plan %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Plan %1 has no line %2.</source>
        <translation>Le plan %1 n&apos;a pas de ligne %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lines become exported or cancelled through the export, not by review.</source>
        <translation>Les lignes passent à l&apos;état exporté ou annulé par l&apos;export, pas par la revue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Line %1 is %2 and cannot be changed.</source>
        <translation>La ligne %1 est à l&apos;état «&#xa0;%2&#xa0;» et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A quantity must be a number of at least 0.</source>
        <translation>Une quantité doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Plan %1 has exported lines and is kept.</source>
        <translation>Le plan %1 a des lignes exportées et est conservé.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning</name>
    <message>
        <location filename="../solvers/plan/PlanInput.cpp" line="+33"/>
        <source>Reading the planning data failed: %1</source>
        <translation>La lecture des données de planification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The horizon must be 1 to 104 buckets.</source>
        <translation>L&apos;horizon doit compter de 1 à 104 périodes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bucket must be a day or a week.</source>
        <translation>La période doit être le jour ou la semaine.</translation>
    </message>
    <message>
        <location filename="../solvers/plan/Planner.cpp" line="+1353"/>
        <source>The greedy rule plans transfers; use rop for purchases.</source>
        <translation>La règle gloutonne planifie des transferts&#xa0;; utilisez rop pour les achats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reorder-point rule plans purchases; use greedy for transfers.</source>
        <translation>La règle du point de commande planifie des achats&#xa0;; utilisez greedy pour les transferts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown plan method &quot;%1&quot; (milp, greedy, rop, none).</source>
        <translation>Méthode de plan «&#xa0;%1&#xa0;» inconnue (milp, greedy, rop, none).</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning::MilpBuilder</name>
    <message>
        <location line="-908"/>
        <source>the capacity of the lane %1 → %2 (%3 units) in the week of %4</source>
        <translation>la capacité de la liaison %1 → %2 (%3 unités) la semaine du %4</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>what supplier %1 can deliver (%2 units) in the week of %3</source>
        <translation>ce que le fournisseur %1 peut livrer (%2 unités) la semaine du %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the purchasing budget (%1) of the week of %2</source>
        <translation>le budget d&apos;achat (%1) de la semaine du %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the safety stock of %1 at %2 (%3) in the week of %4</source>
        <translation>le stock de sécurité de %1 à %2 (%3) la semaine du %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the room at %1 (%2 units) in the week of %3</source>
        <translation>la place disponible à %1 (%2 unités) la semaine du %3</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>%1 is missed by %2 units</source>
        <translation>%1&#xa0;: manque de %2 unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would be exceeded by %2 units</source>
        <translation>%1&#xa0;: dépassement de %2 unités</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>used to the full: %1</source>
        <translation>entièrement utilisés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is infeasible: %1.</source>
        <translation>Le plan est irréalisable&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no explanation found</source>
        <translation>aucune explication trouvée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan was found (%1).</source>
        <translation>Aucun plan trouvé (%1).</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning::PlanInput</name>
    <message>
        <location filename="../solvers/plan/PlanInput.cpp" line="+286"/>
        <source>The stored plan input is damaged or from a newer version.</source>
        <translation>Les données d&apos;entrée du plan enregistré sont endommagées ou proviennent d&apos;une version plus récente.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Policy</name>
    <message>
        <location filename="../core/policy/PolicyConfig.cpp" line="+24"/>
        <source>Storing the policy failed: %1</source>
        <translation>L&apos;enregistrement de la politique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>default</source>
        <translation>défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>override</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The stored policy of %1 is invalid: %2</source>
        <translation>La politique enregistrée de %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A stored policy override is invalid: %1</source>
        <translation>Une dérogation de politique enregistrée n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is not a policy scope (default, A, B, C, AX … CZ).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une portée de politique (default, A, B, C, AX … CZ).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A policy override needs a reason.</source>
        <translation>Une dérogation de politique nécessite un motif.</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyEngine.cpp" line="+106"/>
        <source>no unit cost is known for %1, so the holding cost is unknown</source>
        <translation>aucun coût unitaire connu pour %1&#xa0;: le coût de possession est donc inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no forecast demand</source>
        <translation>il n&apos;y a pas de demande prévue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no lead time is known: no supplier delivers %1 to %2 and no lane leads there; set a lead time in the policy</source>
        <translation>aucun délai connu&#xa0;: aucun fournisseur ne livre %1 à %2 et aucune liaison n&apos;y mène&#xa0;; définissez un délai dans la politique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is neither a forecast nor sales history for %1 at %2</source>
        <translation>il n&apos;y a ni prévision ni historique de ventes pour %1 à %2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no order: the minimum order of %1 is more than the %2 units that sell before they expire</source>
        <translation>pas de commande&#xa0;: la commande minimale de %1 dépasse les %2 unités vendues avant péremption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no order: less than one order multiple (%1) sells before it expires (%2 units)</source>
        <translation>pas de commande&#xa0;: moins d&apos;un multiple de commande (%1) se vend avant péremption (%2 unités)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cut from %1 to %2 by the shelf life of %3 days</source>
        <translation>réduit de %1 à %2 par la durée de vie de %3 jours</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>forecast run %1</source>
        <translation>calcul de prévision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 91 days of sales (no forecast)</source>
        <translation>91 derniers jours de ventes (pas de prévision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demand of the %1 locations it feeds</source>
        <translation>la demande des %1 sites qu&apos;il approvisionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand per day</source>
        <translation>Demande par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d = %1, σd = %2</source>
        <translation>d = %1, σd = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot compute</source>
        <translation>Calcul impossible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy (%1)</source>
        <translation>politique (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane from %1</source>
        <translation>liaison depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection interval</source>
        <translation>Intervalle de protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P = L + R = %1 + %2 = %3 days</source>
        <translation>P = L + R = %1 + %2 = %3 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead time %1 d ± %2 d (%3), review every %4 d (%5), policy %6 (%7)</source>
        <translation>délai %1 j ± %2 j (%3), revue tous les %4 j (%5), politique %6 (%7)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6</source>
        <translation>SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle service level %1 (%2), z = Φ⁻¹(%1)</source>
        <translation>niveau de service (cycle) %1 (%2), z = Φ⁻¹(%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = k·σP = %1 · %2 = %3, with σP·G(k) = (1 − β)·Q</source>
        <translation>SS = k·σP = %1 · %2 = %3, avec σP·G(k) = (1 − β)·Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill rate %1 (%2), normal loss function G</source>
        <translation>taux de service %1 (%2), fonction de perte normale G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = z·σP = %1 · %2 = %3 (no backtest error: from the forecast interval)</source>
        <translation>SS = z·σP = %1 · %2 = %3 (pas d&apos;erreur de backtest&#xa0;: d&apos;après l&apos;intervalle de prévision)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5</source>
        <translation>SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service level %1 (%2), backtest error of the forecast</source>
        <translation>niveau de service %1 (%2), erreur de backtest de la prévision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = c·d = %1 · %2 = %3</source>
        <translation>SS = c·d = %1 · %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days of cover (%2)</source>
        <translation>%1 jours de couverture (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder point</source>
        <translation>Point de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s = D(P) + SS = %1 + %2 = %3</source>
        <translation>s = D(P) + SS = %1 + %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast demand over the next %1 days</source>
        <translation>demande prévue sur les %1 prochains jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order-up-to level</source>
        <translation>Niveau de recomplètement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S = D(L + R) + SS = %1</source>
        <translation>S = D(L + R) + SS = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S = s + max(EOQ, MOQ) = %1</source>
        <translation>S = s + max(EOQ, MOQ) = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capped at %1 days of demand</source>
        <translation>plafonné à %1 jours de demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EOQ</source>
        <translation>EOQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EOQ = √(2·D·S/H) = √(2 · %1 · %2 / %3) = %4</source>
        <translation>EOQ = √(2·D·S/H) = √(2 · %1 · %2 / %3) = %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot compute because %1</source>
        <translation>calcul impossible car %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holding %1 a year of the unit cost %2 (%3)</source>
        <translation>possession %1 par an du coût unitaire %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inventory position</source>
        <translation>Position de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP = available + on order − expiring unsold = %1</source>
        <translation>IP = disponible + en commande − périmant invendu = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units expire before they can be sold and do not count</source>
        <translation>%1 unités périment avant de pouvoir être vendues et ne comptent pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MOQ %1, multiple %2</source>
        <translation>MOQ %1, multiple %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shelf life %1 d allows %2</source>
        <translation>, la durée de vie de %1 j permet %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested order</source>
        <translation>Commande suggérée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needed, %2 after rounding</source>
        <translation>%1 nécessaires, %2 après arrondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order: the position %1 is above the reorder point</source>
        <translation>pas de commande&#xa0;: la position %1 est au-dessus du point de commande</translation>
    </message>
</context>
<context>
    <name>Stockshift::Policy::PolicyParameters</name>
    <message>
        <location filename="../core/policy/PolicyConfig.cpp" line="-239"/>
        <source>kind must be rop, order-up-to or min-max</source>
        <translation>kind doit valoir rop, order-up-to ou min-max</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>safetyStock must be service, fill-rate, forecast-error or days-of-cover</source>
        <translation>safetyStock doit valoir service, fill-rate, forecast-error ou days-of-cover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shelfLifeCap must be true or false</source>
        <translation>shelfLifeCap doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Invalid policy: %1.</source>
        <translation>Politique non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
</context>
<context>
    <name>Stockshift::Routing</name>
    <message>
        <location filename="../core/routing/FulfilmentNetwork.cpp" line="+26"/>
        <source>The fulfilment network could not be read: %1</source>
        <translation>Le réseau de livraison n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+251"/>
        <location filename="../core/routing/RoutingSimulator.cpp" line="+416"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/routing/RoutingSimulator.cpp" line="-341"/>
        <source>Nearest with stock</source>
        <translation>Le plus proche avec du stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest cost to fulfil</source>
        <translation>Coût d&apos;exécution le plus bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced load</source>
        <translation>Charge équilibrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best performance</source>
        <translation>Meilleure performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted hybrid</source>
        <translation>Hybride pondéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier assignments</source>
        <translation>Affectations aux paliers</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>There is no forecast demand in any customer region to sample orders from: run a forecast (or import sales) first.</source>
        <translation>Aucune demande prévue dans aucune région client pour échantillonner des commandes&#xa0;: lancez d&apos;abord une prévision (ou importez des ventes).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All tiers</source>
        <translation>Tous les paliers</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios</name>
    <message>
        <location filename="../core/scenario/Scenario.cpp" line="+52"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand ×%1 in %2 %3</source>
        <translation>Demande ×%1 — %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lane %1 → %2 closed</source>
        <translation>Liaison %1 → %2 fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier %1: lead time %2 days</source>
        <translation>Fournisseur %1&#xa0;: délai %2 jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget %1%</source>
        <translation>Budget %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New micro-fulfilment site %1 (like %2, capacity %3, %4% of its demand)</source>
        <translation>Nouveau site de micro-fulfilment %1 (comme %2, capacité %3, %4&#xa0;% de sa demande)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown edit</source>
        <translation>Modification inconnue</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioCompare.cpp" line="+52"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of inventory</source>
        <translation>Jours de stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring units</source>
        <translation>Unités à péremption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase orders</source>
        <translation>Commandes fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase value</source>
        <translation>Valeur des achats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost units</source>
        <translation>Unités perdues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health score</source>
        <translation>Score de santé</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Comparing needs at least two scenarios.</source>
        <translation>La comparaison nécessite au moins deux scénarios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario %1 has not been run yet; run it before comparing.</source>
        <translation>Le scénario %1 n&apos;a pas encore été exécuté&#xa0;; exécutez-le avant de comparer.</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioFile.cpp" line="+553"/>
        <source>The scenario is too large to be saved (%1 MB; at most %2 MB).</source>
        <translation>Le scénario est trop volumineux pour être enregistré (%1 Mo&#xa0;; %2 Mo au maximum).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scenario could not be encoded: %1</source>
        <translation>Le scénario n&apos;a pas pu être encodé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scenario file is damaged or not a scenario file: %1</source>
        <translation>Le fichier de scénario est endommagé ou n&apos;est pas un fichier de scénario&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+124"/>
        <source>The scenario file is too large (%1 MB; at most %2 MB).</source>
        <translation>Le fichier de scénario est trop volumineux (%1 Mo&#xa0;; %2 Mo au maximum).</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>the header is cut short.</source>
        <translation>l&apos;en-tête est tronqué.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>unknown format version %1.</source>
        <translation>version de format %1 inconnue.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>unknown encoding %1.</source>
        <translation>encodage %1 inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scenario file was written on a computer with a different byte order; save it as XML there to open it here.</source>
        <translation>Le fichier de scénario a été écrit sur un ordinateur d&apos;un autre boutisme&#xa0;; enregistrez-le en XML sur celui-ci pour l&apos;ouvrir ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is %1 bytes long where its header says %2.</source>
        <translation>il fait %1 octets alors que son en-tête en indique %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the scenario element is missing or damaged.</source>
        <translation>l&apos;élément scenario est manquant ou endommagé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its length does not match the length it states.</source>
        <translation>sa longueur ne correspond pas à la longueur qu&apos;il déclare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start like one.</source>
        <translation>il ne commence pas comme un fichier de scénario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This scenario file was written by a newer Stockshift (format version %1; this version reads format versions %2 to %3). Update Stockshift to open it.</source>
        <translation>Ce fichier de scénario a été écrit par une version plus récente de Stockshift (version de format %1&#xa0;; cette version lit les versions de format %2 à %3). Mettez Stockshift à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The scenario file is damaged: its checksum does not match its content.</source>
        <translation>Le fichier de scénario est endommagé&#xa0;: sa somme de contrôle ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>its XML is nested too deeply.</source>
        <translation>son XML est imbriqué trop profondément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown XML element &lt;%1&gt;.</source>
        <translation>élément XML &lt;%1&gt; inconnu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown XML attribute %1.</source>
        <translation>attribut XML %1 inconnu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected XML content (%1).</source>
        <translation>contenu XML inattendu (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its XML is not well-formed: %1</source>
        <translation>son XML est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scenario file is too large.</source>
        <translation>Le fichier de scénario est trop volumineux.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>its content is of format version %1, its header says %2.</source>
        <translation>son contenu est au format de version %1, son en-tête indique %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scenario element is not closed.</source>
        <translation>l&apos;élément scenario n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes follow the scenario.</source>
        <translation>%1 octets suivent le scénario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unreadable content.</source>
        <translation>contenu illisible.</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioStore.cpp" line="+26"/>
        <source>The scenarios could not be read or written: %1</source>
        <translation>Les scénarios n&apos;ont pas pu être lus ou écrits&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+116"/>
        <source>A scenario needs a name.</source>
        <translation>Un scénario nécessite un nom.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+93"/>
        <source>There is no scenario %1.</source>
        <translation>Le scénario %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>There is a scenario named &quot;%1&quot; already.</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>was %1</source>
        <translation>anciennement %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No free name for &quot;%1&quot;.</source>
        <translation>Aucun nom libre pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/scenario/WhatIf.cpp" line="+29"/>
        <source>The scenario could not read or write the database: %1</source>
        <translation>Le scénario n&apos;a pas pu lire ou écrire la base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database could not be copied for the scenario: %1</source>
        <translation>La base n&apos;a pas pu être copiée pour le scénario&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>A scenario is never applied to the live database; run it on a copy.</source>
        <translation>Un scénario n&apos;est jamais appliqué à la base réelle&#xa0;; exécutez-le sur une copie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demand factor: expected [region|category|sku|location:]TARGET=FACTOR, not &quot;%1&quot;.</source>
        <translation>Facteur de demande&#xa0;: [region|category|sku|location:]CIBLE=FACTEUR attendu, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demand factor</source>
        <translation>Facteur de demande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closed lane: expected FROM:TO, not &quot;%1&quot;.</source>
        <translation>Liaison fermée&#xa0;: DE:VERS attendu, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead time: expected SUPPLIER=DAYS, not &quot;%1&quot;.</source>
        <translation>Délai&#xa0;: FOURNISSEUR=JOURS attendu, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget factor</source>
        <translation>Facteur de budget</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New site: expected CODE:TEMPLATE[:CAPACITY[:SHARE]], not &quot;%1&quot;.</source>
        <translation>Nouveau site&#xa0;: CODE:MODÈLE[:CAPACITÉ[:PART]] attendu, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New site capacity</source>
        <translation>Capacité du nouveau site</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New site demand share</source>
        <translation>Part de demande du nouveau site</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A demand factor needs a region, category, SKU or location.</source>
        <translation>Un facteur de demande nécessite une région, une catégorie, un SKU ou un site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown demand scope &quot;%1&quot;.</source>
        <translation>Portée de demande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A demand factor must be between 0 and 100.</source>
        <translation>Un facteur de demande doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed lane needs two different locations.</source>
        <translation>Une liaison fermée nécessite deux sites différents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lead-time change needs a supplier.</source>
        <translation>Une modification de délai nécessite un fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lead-time change must be within ±3650 days.</source>
        <translation>Une modification de délai doit rester dans ±3650 jours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A budget factor must be above 0 and at most 100.</source>
        <translation>Un facteur de budget doit être supérieur à 0 et au plus égal à 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new site needs its own code and a template site.</source>
        <translation>Un nouveau site nécessite son propre code et un site modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new site&apos;s share of demand must be between 0 and 1.</source>
        <translation>La part de demande du nouveau site doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new site&apos;s capacity must be positive (or −1 for unlimited).</source>
        <translation>La capacité du nouveau site doit être positive (ou −1 pour illimitée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown edit.</source>
        <translation>Modification inconnue.</translation>
    </message>
    <message>
        <location filename="../solvers/scenario/ScenarioRunner.cpp" line="+31"/>
        <source>The scenario run was cancelled.</source>
        <translation>L&apos;exécution du scénario a été annulée.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown plan kind &quot;%1&quot; in the scenario.</source>
        <translation>Type de plan «&#xa0;%1&#xa0;» inconnu dans le scénario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario&apos;s horizon or bucket size is out of range.</source>
        <translation>L&apos;horizon ou la taille de période du scénario est hors limites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the database</source>
        <translation>Copie de la base</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No temporary folder for the scenario&apos;s copy: %1</source>
        <translation>Aucun dossier temporaire pour la copie du scénario&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Applying the scenario</source>
        <translation>Application du scénario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock health</source>
        <translation>Santé des stocks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the plan input</source>
        <translation>Lecture des données du plan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planning (%1 s)</source>
        <translation>Planification (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planning without a budget</source>
        <translation>Planification sans budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulating the plan</source>
        <translation>Simulation du plan</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios::Applier</name>
    <message>
        <location filename="../core/scenario/WhatIf.cpp" line="-495"/>
        <source>Policy override %1 × %2: unknown location or SKU, skipped.</source>
        <translation>Dérogation de politique %1 × %2&#xa0;: site ou SKU inconnu, ignorée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKU %1 is not in the database, its costs were skipped.</source>
        <translation>Le SKU %1 n&apos;est pas dans la base, ses coûts ont été ignorés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location %1 is not in the database, skipped.</source>
        <translation>Le site %1 n&apos;est pas dans la base, ignoré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lane %1 → %2 (%3) is not in the database, skipped.</source>
        <translation>La liaison %1 → %2 (%3) n&apos;est pas dans la base, ignorée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier %1 is not in the database, skipped.</source>
        <translation>Le fournisseur %1 n&apos;est pas dans la base, ignoré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forecast override %1 × %2: unknown location or SKU, skipped.</source>
        <translation>Forçage de prévision %1 × %2&#xa0;: site ou SKU inconnu, ignoré.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: no demand matches.</source>
        <translation>%1&#xa0;: aucune demande ne correspond.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: there is no such lane.</source>
        <translation>%1&#xa0;: cette liaison n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no such supplier.</source>
        <translation>%1&#xa0;: ce fournisseur n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: the template site %2 is not in the database.</source>
        <translation>%1&#xa0;: le site modèle %2 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a location %2 exists already.</source>
        <translation>%1&#xa0;: un site %2 existe déjà.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New site %1 (what-if)</source>
        <translation>Nouveau site %1 (simulation)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios::Testing</name>
    <message>
        <location filename="../core/scenario/ScenarioFile.cpp" line="+14"/>
        <source>Format version %1 cannot be written.</source>
        <translation>La version de format %1 ne peut pas être écrite.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Solvers</name>
    <message>
        <location filename="../solvers/mip/MipSolver.cpp" line="+147"/>
        <source>The model has %1 non-zeros, more than CBC can load.</source>
        <translation>Le modèle compte %1 non-zéros, plus que CBC ne peut en charger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 refers to column %2; the model has %3 columns.</source>
        <translation>La ligne %1 fait référence à la colonne %2&#xa0;; le modèle compte %3 colonnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 has a coefficient that is not a finite number.</source>
        <translation>La ligne %1 a un coefficient qui n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Column %1 has a bound or cost that is not a number.</source>
        <translation>La colonne %1 a une borne ou un coût qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 has a bound that is not a number.</source>
        <translation>La ligne %1 a une borne qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Clp stopped with status %1: %2</source>
        <translation>Clp s&apos;est arrêté avec le statut %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The MIP start was not taken with preprocessing on; it was used with preprocessing off.</source>
        <translation>La solution initiale MIP n&apos;a pas été prise avec le prétraitement activé&#xa0;; elle a été utilisée avec le prétraitement désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MIP start was used.</source>
        <translation>La solution initiale MIP a été utilisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MIP start was rejected with preprocessing on and off.</source>
        <translation>La solution initiale MIP a été rejetée avec le prétraitement activé et désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MIP start was rejected.</source>
        <translation>La solution initiale MIP a été rejetée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its largest violation is %1.</source>
        <translation>Sa plus grande violation est de %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column %1 has no finite value</source>
        <translation>la colonne %1 n&apos;a pas de valeur finie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integer column %1 is %2</source>
        <translation>la colonne entière %1 vaut %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 is %2, outside [%3, %4]</source>
        <translation>la colonne %1 vaut %2, hors de [%3, %4]</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>CBC stopped with status %1/%2: %3</source>
        <translation>CBC s&apos;est arrêté avec le statut %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The MIP start was rejected: %1.</source>
        <translation>La solution initiale MIP a été rejetée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The MIP start has %1 values; the model has %2 columns.</source>
        <translation>La solution initiale MIP compte %1 valeurs&#xa0;; le modèle compte %2 colonnes.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The model refers to column %1; it has %2 columns.</source>
        <translation>Le modèle fait référence à la colonne %1&#xa0;; il compte %2 colonnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+134"/>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+56"/>
        <location line="+5"/>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../solvers/mip/MipBlocks.cpp" line="+138"/>
        <source>The LP relaxation (%1 rows, %2 columns) did not finish in %3 s</source>
        <translation>La relaxation LP (%1 lignes, %2 colonnes) n&apos;a pas abouti en %3 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+271"/>
        <source>; the start is kept</source>
        <translation> ; le plan de départ est conservé</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>LP relaxation %1 (%2 s)</source>
        <translation>relaxation LP %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>, no rounding in time</source>
        <translation>, pas d’arrondi dans le temps imparti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, rounded %1</source>
        <translation>, arrondi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no time left for CBC&apos;s search</source>
        <translation> ; plus de temps pour la recherche de CBC</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>, rounded %1; CBC gave nothing better%2</source>
        <translation>, arrondi %1 ; CBC n’a rien trouvé de mieux%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rounded %1, CBC %2</source>
        <translation>, arrondi %1, CBC %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Solvers::Detail</name>
    <message>
        <location filename="../solvers/mip/MipSolver.cpp" line="-184"/>
        <source>CBC failed: %1 (%2::%3)</source>
        <translation>Échec de CBC&#xa0;: %1 (%2::%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solver failed: %1</source>
        <translation>Le solveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../solvers/mip/MipSolverIsolated.cpp" line="+313"/>
        <source>The solver did not stop in time and was ended; no solution is kept.</source>
        <translation>Le solveur ne s&apos;est pas arrêté à temps et a été interrompu&#xa0;; aucune solution n&apos;est conservée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model could not be written</source>
        <translation>le modèle n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model was written to %1</source>
        <translation>le modèle a été écrit dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver crashed (signal %1); %2</source>
        <translation>Le solveur a planté (signal %1)&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver process ended without a result (exit code %1); %2</source>
        <translation>Le processus du solveur s&apos;est terminé sans résultat (code de sortie %1)&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage</name>
    <message>
        <location filename="../core/storage/UndoJournal.cpp" line="+27"/>
        <source>The edit history could not be stored: %1</source>
        <translation>L’historique des modifications n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The edit history could not be stored: %1 of %2 edits in force.</source>
        <translation>L’historique des modifications n’a pas pu être enregistré : %1 modifications sur %2 en vigueur.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The stored edit history has a gap at position %1.</source>
        <translation>L’historique des modifications enregistré présente un trou à la position %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored edit history says %1 of its %2 edits are in force.</source>
        <translation>L’historique des modifications enregistré indique %1 modifications sur %2 en vigueur.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::Connection</name>
    <message>
        <location filename="../core/storage/Connection.cpp" line="+36"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Stockshift database (%2).</source>
        <translation>%1 n&apos;est pas une base de données Stockshift (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was written by a newer version of Stockshift (schema version %2; this version reads up to %3). Update Stockshift to open it.</source>
        <translation>%1 a été écrite par une version plus récente de Stockshift (version du schéma %2&#xa0;; cette version lit jusqu&apos;à la %3). Mettez Stockshift à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has schema version %2 and must be upgraded to %3; open it read-write once.</source>
        <translation>%1 est en version de schéma %2 et doit être mise à niveau vers la %3&#xa0;; ouvrez-la une fois en lecture-écriture.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation>La mise à niveau de %1 vers la version de schéma %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>SQL failed (%1): %2</source>
        <translation>Échec SQL (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::DataEdits</name>
    <message>
        <location filename="../core/storage/DataEdits.cpp" line="+45"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shelf life days</source>
        <translation>Durée de vie (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack size</source>
        <translation>Conditionnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity units</source>
        <translation>Capacité (unités)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling cost</source>
        <translation>Coût de manutention</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Lead time days</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cost per unit</source>
        <translation>Coût par unité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity per period</source>
        <translation>Capacité par période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moq</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order multiple</source>
        <translation>Multiple de commande</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be text.</source>
        <translation>%1 doit être un texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number ≥ 0, or empty.</source>
        <translation>%1 doit être un nombre ≥&#xa0;0, ou vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number ≥ 0.</source>
        <translation>%1 doit être un nombre ≥&#xa0;0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number &gt; 0.</source>
        <translation>%1 doit être un nombre &gt;&#xa0;0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a whole number ≥ 0.</source>
        <translation>%1 doit être un entier ≥&#xa0;0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 doit valoir 0 ou 1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Storing the edit failed: %1</source>
        <translation>L’enregistrement de la modification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The settlement ledger is append-only and cannot be edited.</source>
        <translation>Le registre de règlement est en ajout seul et ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column %1 of %2 cannot be edited.</source>
        <translation>La colonne %1 de %2 ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+18"/>
        <source>The row was not found; it may have been deleted.</source>
        <translation>Ligne introuvable&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::Transaction</name>
    <message>
        <location filename="../core/storage/Connection.cpp" line="+22"/>
        <source>No transaction is active.</source>
        <translation>Aucune transaction n&apos;est active.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers</name>
    <message>
        <location filename="../core/tiers/TierConfig.cpp" line="+69"/>
        <source>Fastest</source>
        <translation>Le plus rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost-optimised</source>
        <translation>Optimisé en coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economy</source>
        <translation>Économique</translation>
    </message>
    <message>
        <location filename="../core/tiers/TierEngine.cpp" line="+205"/>
        <source>No tiers are defined.</source>
        <translation>Aucun palier n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tier %1 has no name.</source>
        <translation>Le palier %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier key &quot;%1&quot; must be 1 to 40 lower-case letters, digits or &apos;-&apos;.</source>
        <translation>La clé de palier «&#xa0;%1&#xa0;» doit compter 1 à 40 lettres minuscules, chiffres ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier key &quot;%1&quot; is used by more than one tier.</source>
        <translation>La clé de palier «&#xa0;%1&#xa0;» est utilisée par plusieurs paliers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the promise must be more than 0 days, not %2.</source>
        <translation>%1&#xa0;: la promesse doit être supérieure à 0 jour, et non %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the capacity reserve must be from 0 to 100%, not %2%.</source>
        <translation>%1&#xa0;: la réserve de capacité doit être comprise entre 0 et 100&#xa0;%, et non %2&#xa0;%.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only one Dynamic Overflow tier may be defined: %1 and %2 both are.</source>
        <translation>Un seul palier Débordement dynamique peut être défini&#xa0;: %1 et %2 le sont tous deux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a percentile threshold must be from 0 to 100, not %2.</source>
        <translation>%1&#xa0;: un seuil de percentile doit être compris entre 0 et 100, et non %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a CLTV threshold must not be negative, not %2.</source>
        <translation>%1&#xa0;: un seuil CLTV ne doit pas être négatif, et non %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capacity reserves add up to %1%: they must leave capacity for the other tiers (less than 100%).</source>
        <translation>Les réserves de capacité totalisent %1&#xa0;%&#xa0;: elles doivent laisser de la capacité aux autres paliers (moins de 100&#xa0;%).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the Dynamic Overflow tier is defined: customers need at least one tier.</source>
        <translation>Seul le palier Débordement dynamique est défini&#xa0;: les clients ont besoin d&apos;au moins un palier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thresholds must fall from tier to tier: %1 (%2) must be above %3 (%4).</source>
        <translation>Les seuils doivent décroître d&apos;un palier à l&apos;autre&#xa0;: %1 (%2) doit être supérieur à %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 promises %2 days, slower than %3 below it (%4 days).</source>
        <translation>%1 promet %2 jours, plus lent que %3 en dessous (%4 jours).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the lowest tier and must start at 0, not %2: customers below it would have no tier.</source>
        <translation>%1 est le palier le plus bas et doit commencer à 0, et non %2&#xa0;: les clients en dessous n&apos;auraient aucun palier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer regions are known: tiers cannot be assigned to regions.</source>
        <translation>Aucune région client n&apos;est connue&#xa0;: les paliers ne peuvent pas être affectés aux régions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region %1 is not served by %2: no location with a path there stocks at least %3% of its demand.</source>
        <translation>La région %1 n&apos;est pas servie par %2&#xa0;: aucun site ayant un chemin vers elle ne stocke au moins %3&#xa0;% de sa demande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region %1, %2: every location that could serve it is at capacity and no Dynamic Overflow tier is defined.</source>
        <translation>Région %1, %2&#xa0;: tous les sites qui pourraient la servir sont saturés et aucun palier Débordement dynamique n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region %1, %2: its locations are at capacity; orders overflow to %3 (%4 days, incentive %5 per order).</source>
        <translation>Région %1, %2&#xa0;: ses sites sont saturés&#xa0;; les commandes débordent vers %3 (%4 jours, incitation %5 par commande).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 promises %2 days in region %3, but its best option (%4, %5) takes %6 days with the lanes&apos; lead times.</source>
        <translation>%1 promet %2 jours dans la région %3, mais sa meilleure option (%4, %5) prend %6 jours avec les délais des liaisons.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 met its promise for %2% of the simulated orders; at least %3% are wanted.</source>
        <translation>%1 a tenu sa promesse pour %2&#xa0;% des commandes simulées&#xa0;; au moins %3&#xa0;% sont attendus.</translation>
    </message>
    <message>
        <location filename="../core/tiers/TierStore.cpp" line="+26"/>
        <source>The tier configurations could not be read or written: %1</source>
        <translation>Les configurations de paliers n&apos;ont pas pu être lues ou écrites&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No tier configuration &quot;%1&quot; is stored: build one first (stockshift-cli tiers build).</source>
        <translation>Aucune configuration de paliers «&#xa0;%1&#xa0;» n&apos;est enregistrée&#xa0;: construisez-en une d&apos;abord (stockshift-cli tiers build).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier configuration &quot;%1&quot; has no version %2.</source>
        <translation>La configuration de paliers «&#xa0;%1&#xa0;» n&apos;a pas de version %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers::JsonSchema::Validator</name>
    <message>
        <location filename="../core/tiers/JsonSchema.cpp" line="+68"/>
        <source>references nest deeper than 64 levels</source>
        <translation>les références sont imbriquées sur plus de 64 niveaux</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown reference %1</source>
        <translation>référence %1 inconnue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is %1, not %2</source>
        <translation>est %1, et non %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of %1, not %2</source>
        <translation>doit valoir l&apos;un de %1, et non %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lacks the required member &quot;%1&quot;</source>
        <translation>il manque le membre obligatoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has the unknown member &quot;%1&quot;</source>
        <translation>contient le membre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>has %1 items, fewer than %2</source>
        <translation>contient %1 éléments, moins de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has %1 items, more than %2</source>
        <translation>contient %1 éléments, plus de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is below the minimum %1</source>
        <translation>est inférieur au minimum %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is above the maximum %1</source>
        <translation>est supérieur au maximum %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be above %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be below %1</source>
        <translation>doit être inférieur à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is shorter than %1 characters</source>
        <translation>compte moins de %1 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than %1 characters</source>
        <translation>compte plus de %1 caractères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid pattern %1</source>
        <translation>motif %1 non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 ne correspond pas au motif %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported keyword &quot;%1&quot;</source>
        <translation>mot-clé «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers::TierConfig</name>
    <message>
        <location filename="../core/tiers/TierConfig.cpp" line="+26"/>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dynamic Overflow</source>
        <translation>Débordement dynamique</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The tier configuration is larger than 64 MB; it is not read.</source>
        <translation>La configuration de paliers dépasse 64 Mo&#xa0;; elle n&apos;est pas lue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration is not valid JSON: %1 at character %2.</source>
        <translation>La configuration de paliers n&apos;est pas un JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration must be a JSON object.</source>
        <translation>La configuration de paliers doit être un objet JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration has format version %1; this Stockshift reads version %2 and older.</source>
        <translation>La configuration de paliers est au format de version %1&#xa0;; ce Stockshift lit la version %2 et les précédentes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tier configuration schema is missing from this build.</source>
        <translation>Le schéma de configuration de paliers est absent de cette version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (and %1 more)</source>
        <translation> (et %1 de plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier configuration does not match its schema: %1.</source>
        <translation>La configuration de paliers ne correspond pas à son schéma&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The tier configuration defines the tier &quot;%1&quot; twice.</source>
        <translation>La configuration de paliers définit le palier «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An assignment of region %1 names the unknown tier &quot;%2&quot;.</source>
        <translation>Une affectation de la région %1 désigne le palier inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region %1 is assigned to tier &quot;%2&quot; twice.</source>
        <translation>La région %1 est affectée deux fois au palier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The check names the unknown tier &quot;%1&quot;.</source>
        <translation>La vérification désigne le palier inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AccuracyTableModel</name>
    <message>
        <location filename="../ui/forecast/AccuracyModels.cpp" line="+67"/>
        <source>The planner&apos;s overrides improved WAPE from %1% to %2%.</source>
        <translation>Les forçages du planificateur ont amélioré le WAPE de %1&#xa0;% à %2&#xa0;%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planner&apos;s overrides worsened WAPE from %1% to %2%.</source>
        <translation>Les forçages du planificateur ont dégradé le WAPE de %1&#xa0;% à %2&#xa0;%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAPE %</source>
        <translation>WAPE&#xa0;%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAPE %</source>
        <translation>MAPE&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bias %</source>
        <translation>Biais&#xa0;%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking</source>
        <translation>Signal de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat. WAPE %</source>
        <translation>WAPE stat.&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU × location, SKU, location, category or the network</source>
        <translation>SKU × site, SKU, site, catégorie ou réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series × periods with actuals (out-of-stock periods are left out)</source>
        <translation>Séries × périodes avec réel (les périodes en rupture sont exclues)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold in the evaluated periods</source>
        <translation>Unités vendues sur les périodes évaluées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final forecast (overrides applied) for those periods</source>
        <translation>Prévision finale (forçages appliqués) pour ces périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ|forecast − actual| / Σ actual</source>
        <translation>Σ|prévision − réel| / Σ réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of |forecast − actual| / actual over periods that sold</source>
        <translation>Moyenne de |prévision − réel| / réel sur les périodes avec ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute error over the history&apos;s one-step naive error (&lt; 1: better than naive)</source>
        <translation>Erreur absolue moyenne rapportée à l&apos;erreur naïve à un pas de l&apos;historique (&lt; 1&#xa0;: meilleur que la méthode naïve)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Σ forecast − Σ actual) / Σ actual; positive = over-forecast</source>
        <translation>(Σ prévision − Σ réel) / Σ réel&#xa0;; positif = surprévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ(actual − forecast) / mean |error| over the periods; beyond ±4 the error is persistent</source>
        <translation>Σ(réel − prévision) / |erreur| moyenne sur les périodes&#xa0;; au-delà de ±4, l&apos;erreur est persistante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAPE of the statistical forecast alone, before overrides</source>
        <translation>WAPE de la prévision statistique seule, avant forçages</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AccuracyView</name>
    <message>
        <location filename="../ui/forecast/AccuracyView.cpp" line="+67"/>
        <source>Evaluate against actuals</source>
        <translation>Évaluer par rapport au réel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every stored forecast run with the sales that arrived after it, and raise alerts when accuracy drops.</source>
        <translation>Compare chaque calcul de prévision enregistré aux ventes arrivées ensuite, et lève des alertes quand la précision baisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by location</source>
        <translation>par site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by category</source>
        <translation>par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SKU</source>
        <translation>par SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SKU × location</source>
        <translation>par SKU × site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run:</source>
        <translation>Calcul&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Largest error first. Double-click a SKU × location to open its forecast.</source>
        <translation>Plus grande erreur en premier. Double-cliquez sur un SKU × site pour ouvrir sa prévision.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click an alert about a SKU × location to open it.</source>
        <translation>Double-cliquez sur une alerte concernant un SKU × site pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Dismiss alert</source>
        <translation>Ignorer l&apos;alerte</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Open forecast alerts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alertes de prévision ouvertes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Suggested: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Suggestion&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No forecast run has actuals yet: run a forecast as of an earlier date in the Forecasts area, or import the sales that followed a run.</source>
        <translation>Aucun calcul de prévision n&apos;a encore de réel&#xa0;: lancez une prévision à une date antérieure dans l&apos;espace Prévisions, ou importez les ventes qui ont suivi un calcul.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new alert(s).</source>
        <translation>
            <numerusform>%n nouvelle alerte.</numerusform>
            <numerusform>%n nouvelles alertes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#%1 · from %2 · %3 %4</source>
        <translation>n°%1 · du %2 · %3 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No accuracy yet. Press &lt;i&gt;Evaluate against actuals&lt;/i&gt; once a forecast run has periods with sales after it (run a forecast as of an earlier date to measure one now).</source>
        <translation>Pas encore de précision. Cliquez sur &lt;i&gt;Évaluer par rapport au réel&lt;/i&gt; dès qu&apos;un calcul de prévision a des périodes suivies de ventes (lancez une prévision à une date antérieure pour en mesurer une dès maintenant).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run %1 against %2 periods of actuals: &lt;b&gt;WAPE %3%&lt;/b&gt;, MAPE %4%, MASE %5, bias %6%, tracking signal %7. The statistical forecast alone: WAPE %8%.</source>
        <translation>Calcul %1 comparé à %2 périodes de réel&#xa0;: &lt;b&gt;WAPE %3&#xa0;%&lt;/b&gt;, MAPE %4&#xa0;%, MASE %5, biais %6&#xa0;%, signal de suivi %7. Prévision statistique seule&#xa0;: WAPE %8&#xa0;%.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Accuracy over time appears once runs have been evaluated.</source>
        <translation>La précision dans le temps s&apos;affiche une fois des calculs évalués.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>WAPE %</source>
        <translation>WAPE&#xa0;%</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Statistical WAPE %</source>
        <translation>WAPE statistique&#xa0;%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bias %</source>
        <translation>Biais&#xa0;%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — accuracy by forecast run (date the forecast started)</source>
        <translation>%1 — précision par calcul de prévision (date de début de la prévision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AdjustmentModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+148"/>
        <source>outlier</source>
        <translation>valeur aberrante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stockout</source>
        <translation>rupture</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learnt as</source>
        <translation>Appris comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AlertModel</name>
    <message>
        <location filename="../ui/forecast/AccuracyModels.cpp" line="+44"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Levée le</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::CandidateModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="-123"/>
        <source>chosen: lowest backtest MAE</source>
        <translation>retenue&#xa0;: plus faible MAE en backtest</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-sample RMSE</source>
        <translation>RMSE intra-échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ComparisonChart</name>
    <message>
        <location filename="../ui/plan/PlanCharts.cpp" line="+168"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordering</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Possession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost margin</source>
        <translation>Marge perdue</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>simulated cost over the horizon</source>
        <translation>coût simulé sur l’horizon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total cost by method (mean of %1 runs)</source>
        <translation>Coût total par méthode (moyenne de %1 simulations)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>plan saves %1</source>
        <translation>le plan économise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan costs %1 more</source>
        <translation>le plan coûte %1 de plus</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ComparisonModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="+797"/>
        <source>Plan %1 · %2</source>
        <translation>Plan %1 · %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How much less the plan costs in simulation than %1 (negative: more).</source>
        <translation>Combien le plan coûte de moins en simulation que %1 (négatif&#xa0;: de plus).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demand served from stock over demand, mean of the runs.</source>
        <translation>Demande servie sur stock / demande, moyenne des simulations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport + fixed + ordering + holding + lost margin: the mean of the runs ± its standard deviation across them.</source>
        <translation>Transport + fixe + passation + possession + marge perdue&#xa0;: moyenne des simulations ± leur écart-type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock left at the end of the horizon, units.</source>
        <translation>Stock restant en fin d&apos;horizon, en unités.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s saving against this method, in % of its total cost.</source>
        <translation>Économie du plan par rapport à cette méthode, en&#xa0;% de son coût total.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost units</source>
        <translation>Unités perdues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding</source>
        <translation>Possession</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost margin</source>
        <translation>Marge perdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost ± sd</source>
        <translation>Coût total ± σ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending stock</source>
        <translation>Stock final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan saves</source>
        <translation>Économie du plan</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::CostBreakdownChart</name>
    <message>
        <location filename="../ui/plan/PlanCharts.cpp" line="-115"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Possession</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost margin</source>
        <translation>Marge perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety-stock shortfall</source>
        <translation>Déficit de stock de sécurité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan %1 · %2</source>
        <translation>Plan %1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cost over the horizon</source>
        <translation>coût sur l&apos;horizon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost by part over %1 %2, demand as forecast</source>
        <translation>Coût par poste sur %1 %2, demande selon la prévision</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::EditListModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+158"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane closed</source>
        <translation>Liaison fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ExportView</name>
    <message>
        <location filename="../ui/export/ExportView.cpp" line="+70"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase orders</source>
        <translation>Commandes fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer orders</source>
        <translation>Ordres de transfert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic (Stockshift)</source>
        <translation>Générique (Stockshift)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (re-imports there)</source>
        <translation>%1 (réimportable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV layout: Stockshift&apos;s own, or the open-orders layout of an ERP&apos;s import profile so that the file re-imports there.</source>
        <translation>La disposition du CSV&#xa0;: celle de Stockshift, ou celle des commandes en cours du profil d&apos;import d&apos;un ERP, pour que le fichier s&apos;y réimporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV layout:</source>
        <translation>Disposition CSV&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile&apos;s default</source>
        <translation>Par défaut du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal comma (e.g. German Excel)</source>
        <translation>Virgule décimale (ex. Excel français)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 avec BOM (pour Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the new orders to a folder and marks their lines as exported.</source>
        <translation>Écrit les nouvelles commandes dans un dossier et marque leurs lignes comme exportées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export revision…</source>
        <translation>Exporter une révision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-issues orders already exported under the same number with the next revision.</source>
        <translation>Réémet les commandes déjà exportées sous le même numéro, avec la révision suivante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels the selected exported order; its number is never used again.</source>
        <translation>Annule la commande exportée sélectionnée&#xa0;; son numéro ne sera jamais réutilisé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PDF (one document per order)</source>
        <translation>PDF (un document par commande)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDI ANSI X12 850</source>
        <translation>EDI ANSI X12 850</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDI UN/EDIFACT ORDERS D.96A</source>
        <translation>EDI UN/EDIFACT ORDERS D.96A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All five formats</source>
        <translation>Les cinq formats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF pick list</source>
        <translation>Liste de préparation PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and PDF pick list</source>
        <translation>CSV et liste de préparation PDF</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Plan %1 — %2, %3, %4</source>
        <translation>Plan %1 — %2, %3, %4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There are no plans yet: make one in the Plans area and approve its lines there.</source>
        <translation>Aucun plan pour l&apos;instant&#xa0;: créez-en un dans l&apos;espace Plans et approuvez-y ses lignes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan %1 has no approved %2 lines. Approve lines in the Plans area; they appear here grouped into orders.</source>
        <translation>Le plan %1 n&apos;a aucune ligne %2 approuvée. Approuvez des lignes dans l&apos;espace Plans&#xa0;; elles apparaissent ici regroupées en commandes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>purchase</source>
        <translation>d&apos;achat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transfer</source>
        <translation>de transfert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders ready to export, %2 exported (%3 with approved lines waiting for a revision), %4 cancelled; value %5.</source>
        <translation>%1 commandes prêtes à exporter, %2 exportées (%3 avec des lignes approuvées en attente de révision), %4 annulées&#xa0;; valeur %5.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an order to see its lines.</source>
        <translation>Sélectionnez une commande pour voir ses lignes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3) → %4 (%5), ordered %6, delivery from %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 (%3) → %4 (%5), commandée le %6, livraison à partir du %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: pick at %2 (%3), first shipment %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: préparation à %2 (%3), première expédition %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines: %1, units: %2, value: %3 — %4</source>
        <translation>Lignes&#xa0;: %1, unités&#xa0;: %2, valeur&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled %1: %2</source>
        <translation>Annulée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Exporting to %1 …</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 new and %2 revised orders exported: %3 files in %4.</source>
        <translation>%1 nouvelles commandes et %2 révisions exportées&#xa0;: %3 fichiers dans %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 entries added to the partner settlement ledger.</source>
        <translation>%1 écritures ajoutées au registre de règlement des partenaires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export a revision</source>
        <translation>Exporter une révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These orders were already sent: %1.

A revision re-issues each of them under the same number with the next revision number, together with any newly approved lines. Suppliers must be told to replace the earlier document.

Export the revisions?</source>
        <translation>Ces commandes ont déjà été envoyées&#xa0;: %1.

Une révision réémet chacune d&apos;elles sous le même numéro avec le numéro de révision suivant, avec les lignes nouvellement approuvées. Les fournisseurs doivent être informés de remplacer le document précédent.

Exporter les révisions&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export orders to folder</source>
        <translation>Exporter les commandes vers un dossier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1 cancelled; its number will not be used again.</source>
        <translation>Commande %1 annulée&#xa0;; son numéro ne sera pas réutilisé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is order %1 cancelled? (kept in the audit log; tell the supplier or the site separately)</source>
        <translation>Pourquoi la commande %1 est-elle annulée&#xa0;? (conservé dans le journal d&apos;audit&#xa0;; prévenez le fournisseur ou le site séparément)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An order is cancelled with a reason.</source>
        <translation>Une commande s&apos;annule avec un motif.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ForecastBucketModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+93"/>
        <source>Overridden: the statistical forecast is %1.</source>
        <translation>Forcée&#xa0;: la prévision statistique est %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a value to override the forecast of this period (a reason is asked).</source>
        <translation>Saisissez une valeur pour forcer la prévision de cette période (un motif est demandé).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistical</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% low</source>
        <translation>Bas 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>Haut 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% low</source>
        <translation>Bas 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% high</source>
        <translation>Haut 95&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ForecastView</name>
    <message>
        <location filename="../ui/forecast/ForecastView.cpp" line="+160"/>
        <location line="+275"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+274"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>automatic (per series)</source>
        <translation>automatique (par série)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic: each series gets the method with the lowest error over rolling backtests among those suited to its demand class.</source>
        <translation>Automatique&#xa0;: chaque série reçoit la méthode d&apos;erreur la plus faible en backtests glissants parmi celles adaptées à sa classe de demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast from the history up to an earlier date (a backcast), to measure its accuracy against what was sold afterwards.</source>
        <translation>Prévoir à partir de l&apos;historique jusqu&apos;à une date antérieure (rétroprévision), pour mesurer sa précision par rapport aux ventes réalisées ensuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run forecast</source>
        <translation>Lancer la prévision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Horizon:</source>
        <translation>Horizon&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By SKU and location…</source>
        <translation>Par SKU et site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By location…</source>
        <translation>Par site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By region…</source>
        <translation>Par région…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category…</source>
        <translation>Par catégorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network total…</source>
        <translation>Total réseau…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run:</source>
        <translation>Calcul&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: location or SKU code, class, method</source>
        <translation>Rechercher&#xa0;: code site ou SKU, classe, méthode</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click into the forecast period to override it.</source>
        <translation>Cliquez dans la période de prévision pour la forcer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Override selected periods…</source>
        <translation>Forcer les périodes sélectionnées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw override</source>
        <translation>Retirer le forçage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a final value, or select periods to scale them. Overrides:</source>
        <translation>Saisissez une valeur finale ou sélectionnez des périodes pour les mettre à l&apos;échelle. Forçages&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods compared</source>
        <translation>Méthodes comparées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+248"/>
        <source>Cleansing</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+253"/>
        <source>Forecast &amp;&amp; overrides</source>
        <translation>Prévision &amp;&amp; forçages</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Withdraw override of %1 at %2</source>
        <translation>Retirer le forçage de %1 à %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>#%1 · %2 · %3 %4 from %5 · %6</source>
        <translation>n°%1 · %2 · %3 %4 depuis le %5 · %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No forecast yet: press Run forecast.</source>
        <translation>Pas encore de prévision&#xa0;: cliquez sur Lancer la prévision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts appear here once a run has finished.</source>
        <translation>Les prévisions apparaissent ici une fois un calcul terminé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 series, %2 failed, %3 s; history up to %4</source>
        <translation>%1 séries, %2 en échec, %3 s&#xa0;; historique jusqu&apos;au %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forecasting…</source>
        <translation>Prévision en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; the runs before are kept.</source>
        <translation>Annulé&#xa0;; les calculs précédents sont conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cleansing (%1)</source>
        <translation>Nettoyage (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast &amp;&amp; overrides (%1)</source>
        <translation>Prévision &amp;&amp; forçages (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no demand in the history</source>
        <translation>aucune demande dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ADI %1 %2 1.32 and CV² %3 %4 0.49</source>
        <translation>ADI %1 %2 1,32 et CV² %3 %4 0,49</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chosen among %1 methods by the lowest error over %2 rolling backtests of the last periods: MAE %3, RMSE %4, MASE %5, bias %6 per period.</source>
        <translation>Retenue parmi %1 méthodes pour la plus faible erreur sur %2 backtests glissants des dernières périodes&#xa0;: MAE %3, RMSE %4, MASE %5, biais %6 par période.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history is too short for a backtest: the class&apos;s default method.</source>
        <translation>L&apos;historique est trop court pour un backtest&#xa0;: méthode par défaut de la classe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Fast methods only: the series is outside the most valuable ones this run tried every method family on.</source>
        <translation> Méthodes rapides uniquement&#xa0;: la série ne fait pas partie des plus importantes, sur lesquelles ce calcul a essayé toutes les familles de méthodes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learnt from a cleansed history: %1 spike(s) cut, %2 stockout period(s) filled in (see Cleansing).</source>
        <translation>Appris sur un historique nettoyé&#xa0;: %1 pic(s) écrêté(s), %2 période(s) de rupture comblée(s) (voir Nettoyage).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history needed no cleansing.</source>
        <translation>L&apos;historique n&apos;a nécessité aucun nettoyage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast over the horizon: %1 units</source>
        <translation>Prévision sur l&apos;horizon&#xa0;: %1 unités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (statistical %1; the planner&apos;s overrides change it by %2%)</source>
        <translation> (statistique %1&#xa0;; les forçages du planificateur la modifient de %2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> widened ×%1 to the backtest error</source>
        <translation> élargis ×%1 selon l&apos;erreur de backtest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 at %2&lt;/b&gt; — %3 (%4)&lt;br&gt;Demand class: &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;Method: &lt;b&gt;%7&lt;/b&gt;%8&lt;br&gt;%9&lt;br&gt;%10&lt;br&gt;%11.&lt;br&gt;Intervals: 80% and 95%, from the model&apos;s error%12.%13&lt;br&gt;&lt;small&gt;%14&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1 à %2&lt;/b&gt; — %3 (%4)&lt;br&gt;Classe de demande&#xa0;: &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;Méthode&#xa0;: &lt;b&gt;%7&lt;/b&gt;%8&lt;br&gt;%9&lt;br&gt;%10&lt;br&gt;%11.&lt;br&gt;Intervalles&#xa0;: 80&#xa0;% et 95&#xa0;%, issus de l&apos;erreur du modèle%12.%13&lt;br&gt;&lt;small&gt;%14&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;br&gt;Events in the horizon: %1</source>
        <translation>&lt;br&gt;Événements sur l&apos;horizon&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleansed</source>
        <translation>Nettoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>95%</source>
        <translation>95&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>80%</source>
        <translation>80&#xa0;%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spike cut</source>
        <translation>Pic écrêté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stockout</source>
        <translation>Rupture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holiday/event</source>
        <translation>Férié/événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 at %2 — demand per %3</source>
        <translation>%1 à %2 — demande par %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No series is shown.</source>
        <translation>Aucune série affichée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override %1 at %2: %3</source>
        <translation>Forçage de %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the forecast</source>
        <translation>Exporter la prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forecast written to %1.</source>
        <translation>Prévision écrite dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthAlertModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="+536"/>
        <source>%1
Suggested: %2</source>
        <translation>%1
Suggestion&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Levée le</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthDashboard</name>
    <message>
        <location filename="../ui/health/HealthDashboard.cpp" line="+206"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point</source>
        <translation>Sous le point de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overstock</source>
        <translation>Surstock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring</source>
        <translation>À péremption</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of inventory</source>
        <translation>Jours de stock</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pareto: annual demand value by rank</source>
        <translation>Pareto&#xa0;: valeur annuelle de la demande par rang</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Double-click an alert to open its SKU × location.</source>
        <translation>Double-cliquez sur une alerte pour ouvrir son SKU × site.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click a location to list its SKUs.</source>
        <translation>Cliquez sur un site pour lister ses SKU.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open alerts: %1 critical, %2 warnings, %3 info</source>
        <translation>Alertes ouvertes&#xa0;: %1 critiques, %2 avertissements, %3 infos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysing stock health…</source>
        <translation>Analyse de la santé des stocks…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;h3&gt;Nothing to assess yet&lt;/h3&gt;&lt;p&gt;Stock health needs stock, sales or open orders. Import stock.csv, sales.csv and open-orders.csv (File → Import folder…), then run a forecast for demand that looks ahead.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien à évaluer pour l&apos;instant&lt;/h3&gt;&lt;p&gt;La santé des stocks nécessite du stock, des ventes ou des commandes en cours. Importez stock.csv, sales.csv et open-orders.csv (Fichier → Importer un dossier…), puis lancez une prévision pour une demande tournée vers l&apos;avenir.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>of %1 active SKU × locations (%2)</source>
        <translation>sur %1 SKU × sites actifs (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incl. %1 critical</source>
        <translation>dont %1 critiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the rows with demand</source>
        <translation>%1 des lignes avec demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at cost, %2 of the stock value</source>
        <translation>%1 au coût, %2 de la valeur du stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units (%2) expire unsold in %3 d</source>
        <translation>%1 unités (%2) périment invendues sous %3 j</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at cost; %1 rows without a unit cost</source>
        <translation>au coût&#xa0;; %1 lignes sans coût unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on hand at cost</source>
        <translation>stock physique au coût</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COGS a year %1 / stock value</source>
        <translation>CMV annuel %1 / valeur du stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock value / COGS a day</source>
        <translation>valeur du stock / CMV journalier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventory position at or below the reorder point: order now. Critical rows run out before an order placed today can arrive. Click to list them.</source>
        <translation>Position de stock au point de commande ou en dessous&#xa0;: commandez maintenant. Les lignes critiques tombent en rupture avant qu&apos;une commande passée aujourd&apos;hui puisse arriver. Cliquez pour les lister.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost of goods sold over the last year (%1) / stock value at cost (%2). The database keeps no stock history, so today&apos;s stock stands for the average.</source>
        <translation>Coût des marchandises vendues sur la dernière année (%1) / valeur du stock au coût (%2). La base ne conserve pas d&apos;historique de stock&#xa0;: le stock du jour tient lieu de moyenne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows whose status is expiring: units in lots that expire before the forecast can sell them (FEFO), within %1 days. The units count every row&apos;s. Click to list them.</source>
        <translation>Lignes au statut «&#xa0;à péremption&#xa0;»&#xa0;: unités de lots qui périment avant que la prévision puisse les vendre (FEFO), sous %1 jours. Le nombre d&apos;unités couvre toutes les lignes. Cliquez pour les lister.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing available while demand goes on. Click to list them.</source>
        <translation>Rien de disponible alors que la demande continue. Cliquez pour les lister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover above %1 days, or stock without a sale for %2 days. Click to list them.</source>
        <translation>Couverture supérieure à %1 jours, ou stock sans vente depuis %2 jours. Cliquez pour les lister.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Below ROP</source>
        <translation>Sous PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of the SKU × locations. Click to list them.</source>
        <translation>%1&#xa0;: %2 des SKU × sites. Cliquez pour les lister.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status of %1 SKU × locations</source>
        <translation>Statut de %1 SKU × sites</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU × locations by rank</source>
        <translation>SKU × sites par rang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value (%1)</source>
        <translation>valeur (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A|B %1</source>
        <translation>A|B %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B|C %1</source>
        <translation>B|C %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 A rows carry %2 of the annual demand value, %3 B rows the next %4, %5 C rows the rest.</source>
        <translation>%1 lignes A portent %2 de la valeur annuelle de la demande, %3 lignes B les %4 suivants, %5 lignes C le reste.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthDetailPanel</name>
    <message>
        <location filename="../ui/health/HealthDetailPanel.cpp" line="+84"/>
        <source>Simulate this policy</source>
        <translation>Simuler cette politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Simulates two years of this SKU × location day by day, 20 times, with demand drawn from the forecast and random lead times, under the recommended policy.</source>
        <translation>Simule deux ans de ce SKU × site jour par jour, 20 fois, avec une demande tirée de la prévision et des délais aléatoires, selon la politique recommandée.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Override policy…</source>
        <translation>Déroger à la politique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this SKU × location its own policy settings (with a reason).</source>
        <translation>Donner à ce SKU × site ses propres paramètres de politique (avec un motif).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Why&lt;/b&gt; — every figure with its formula and inputs</source>
        <translation>&lt;b&gt;Pourquoi&lt;/b&gt; — chaque valeur avec sa formule et ses données</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot simulate: %1</source>
        <translation>Simulation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a SKU × location to see its projected stock and why each figure is what it is.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez un SKU × site pour voir son stock projeté et l&apos;origine de chaque valeur.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing available while demand goes on</source>
        <translation>rien de disponible alors que la demande continue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the projection runs out on %1, before an order placed today can arrive (lead time %2 d)</source>
        <translation>la projection tombe en rupture le %1, avant qu&apos;une commande passée aujourd&apos;hui puisse arriver (délai %2 j)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position %1 ≤ reorder point %2</source>
        <translation>position %1 ≤ point de commande %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units expire unsold within %2 days</source>
        <translation>%1 unités périment invendues sous %2 jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stock without a sale in the last year</source>
        <translation>stock sans vente sur la dernière année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock without a sale for %1 days</source>
        <translation>stock sans vente depuis %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days of cover, above %2</source>
        <translation>%1 jours de couverture, au-dessus de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position above the reorder point, %1 days of cover</source>
        <translation>position au-dessus du point de commande, %1 jours de couverture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no stock, no demand, nothing on order</source>
        <translation>ni stock, ni demande, rien en commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>calcul de prévision %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last 91 days of sales (no forecast)</source>
        <translation>les 91 derniers jours de ventes (pas de prévision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 locations it feeds</source>
        <translation>les %1 sites qu&apos;il approvisionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no demand</source>
        <translation>pas de demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at &lt;b&gt;%3&lt;/b&gt; %4 — &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;: %7&lt;br&gt;Segment &lt;b&gt;%8&lt;/b&gt; · available %9 · on order %10 · in transit %11 · demand %12/day from %13 · cover %14 d · stockout %15 · expiring %16 · value %17 · in stock %18 of the days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 à &lt;b&gt;%3&lt;/b&gt; %4 — &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;&#xa0;: %7&lt;br&gt;Segment &lt;b&gt;%8&lt;/b&gt; · disponible %9 · en commande %10 · en transit %11 · demande %12/jour depuis %13 · couverture %14 j · rupture %15 · à péremption %16 · valeur %17 · en stock %18 des jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— (no unit cost)</source>
        <translation>— (pas de coût unitaire)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Without open orders</source>
        <translation>Sans les commandes en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected stock</source>
        <translation>Stock projeté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reorder point = order-up-to</source>
        <translation>Point de commande = niveau de recomplètement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder point</source>
        <translation>Point de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order-up-to</source>
        <translation>Niveau de recomplètement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order arrives</source>
        <translation>Arrivée de commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 units (%3)%4</source>
        <translation>%1&#xa0;: %2 unités (%3)%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>purchase order</source>
        <translation>commande fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, overdue: counted today</source>
        <translation>, en retard&#xa0;: comptée aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires unsold</source>
        <translation>Périme invendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 units expire unsold</source>
        <translation>%1&#xa0;: %2 unités périment invendues</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 — projected stock over %3 days (FEFO, expired stock is not cover)</source>
        <translation>%1 à %2 — stock projeté sur %3 jours (FEFO, le stock périmé ne couvre pas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot simulate: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Simulation impossible&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Simulating %1 runs of %2 days…</source>
        <translation>%1 simulations de %2 jours en cours…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Simulated&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;achieved&lt;/i&gt;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;target&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cycle service level&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fill rate&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Average stock&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;SS %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cost a year&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;small&gt;Holding %8 · ordering %9 · lost margin %10. %11 runs × %12 days, %13 cycles, %14 orders a year; demand drawn from the forecast, unmet demand lost%15.&lt;/small&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Simulé&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;atteint&lt;/i&gt;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;cible&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Niveau de service (cycle)&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Taux de service&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Stock moyen&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;SS %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Coût annuel&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;small&gt;Possession %8 · passation %9 · marge perdue %10. %11 simulations × %12 jours, %13 cycles, %14 commandes par an&#xa0;; demande tirée de la prévision, demande non servie perdue%15.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (no price: lost sales cost nothing)</source>
        <translation> (pas de prix&#xa0;: les ventes perdues ne coûtent rien)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthFormat</name>
    <message>
        <location filename="../ui/health/HealthFormat.cpp" line="+61"/>
        <source>%1 bn</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no demand</source>
        <translation>pas de demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthRowModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="-458"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annual demand value %1 (cumulative %2 of the network); weekly CV %3</source>
        <translation>Valeur annuelle de la demande %1 (cumul %2 du réseau)&#xa0;; CV hebdomadaire %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on purchase orders, %2 in transit</source>
        <translation>%1 en commandes fournisseur, %2 en transit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Days until the projected stockout of stock and inbound under the forecast; expiring stock is not cover.</source>
        <translation>Jours avant la rupture projetée du stock et des entrées selon la prévision&#xa0;; le stock à péremption ne compte pas comme couverture.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No stockout projected within the %1-day horizon.</source>
        <translation>Aucune rupture projetée sur l&apos;horizon de %1 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units of demand go unmet over the horizon without new orders.</source>
        <translation>%1 unités de demande non servies sur l&apos;horizon sans nouvelles commandes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 units in lots expiring by %2 (within %3 days); %4 of them expire unsold (value %5)</source>
        <translation>%1 unités en lots périmant d&apos;ici le %2 (sous %3 jours)&#xa0;; %4 d&apos;entre elles périment invendues (valeur %5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The unit cost is unknown.</source>
        <translation>Le coût unitaire est inconnu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EOQ: %1</source>
        <translation>EOQ&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On order</source>
        <translation>En commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand/day</source>
        <translation>Demande/jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROP</source>
        <translation>PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SS</source>
        <translation>SS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order-up-to</source>
        <translation>Recomplètement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover (d)</source>
        <translation>Couv. (j)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stockout</source>
        <translation>Rupture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring</source>
        <translation>À péremption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location code</source>
        <translation>Code site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU code</source>
        <translation>Code SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock status (the first that applies: out of stock, critical, below reorder point, expiring, overstock, healthy)</source>
        <translation>Statut du stock (le premier qui s&apos;applique&#xa0;: en rupture, critique, sous le point de commande, à péremption, surstock, sain)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABC by annual demand value × XYZ by weekly demand variability</source>
        <translation>ABC par valeur annuelle de la demande × XYZ par variabilité hebdomadaire de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units available: lots net of reservations</source>
        <translation>Unités disponibles&#xa0;: lots nets des réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open purchase orders and transfers in transit</source>
        <translation>Commandes fournisseur en cours et transferts en transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory position: sellable stock + on order − units expiring unsold within the protection interval</source>
        <translation>Position de stock&#xa0;: stock vendable + en commande − unités périmant invendues dans l&apos;intervalle de protection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean forecast demand per day over the horizon</source>
        <translation>Demande prévue moyenne par jour sur l&apos;horizon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point s = demand over the protection interval + safety stock</source>
        <translation>Point de commande s = demande sur l&apos;intervalle de protection + stock de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order-up-to level S</source>
        <translation>Niveau de recomplètement S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested order after MOQ, order multiple and shelf-life cap</source>
        <translation>Commande suggérée après MOQ, multiple de commande et plafond de durée de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of cover of stock and inbound (expiring stock excluded)</source>
        <translation>Jours de couverture du stock et des entrées (stock à péremption exclu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected stockout date without new orders</source>
        <translation>Date de rupture projetée sans nouvelles commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units in lots expiring within the warning window</source>
        <translation>Unités en lots périmant dans la fenêtre d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand at cost</source>
        <translation>Stock physique au coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a figure could not be computed, or a note on the order</source>
        <translation>Pourquoi une valeur n&apos;a pas pu être calculée, ou une remarque sur la commande</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthView</name>
    <message>
        <location filename="../ui/health/HealthView.cpp" line="+98"/>
        <source>the default rule</source>
        <translation>la règle par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 inherited</source>
        <translation>%1 hérité</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse stock health again from the database.</source>
        <translation>Analyser à nouveau la santé des stocks à partir de la base.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search: SKU or location code, SKU name</source>
        <translation>Rechercher&#xa0;: code SKU ou site, nom du SKU</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point or critical</source>
        <translation>Sous le point de commande ou critique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+339"/>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+6"/>
        <source>Inherit selected settings</source>
        <translation>Hériter les paramètres sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears the selected settings so they come from the level above (Delete).</source>
        <translation>Efface les paramètres sélectionnés pour qu&apos;ils viennent du niveau supérieur (Suppr).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each SKU × location&apos;s policy is resolved setting by setting: built-in defaults → &lt;b&gt;Default&lt;/b&gt; → its &lt;b&gt;class&lt;/b&gt; (A, B, C by value) → its &lt;b&gt;segment&lt;/b&gt; (AX … CZ) → its own &lt;b&gt;override&lt;/b&gt;. Grey italic values are inherited. Double-click a cell to change it, Delete to let it inherit again. Every change is audited, can be undone (Edit → Undo) and recomputes stock health at once.</source>
        <translation>La politique de chaque SKU × site est résolue paramètre par paramètre&#xa0;: valeurs intégrées → &lt;b&gt;Défaut&lt;/b&gt; → sa &lt;b&gt;classe&lt;/b&gt; (A, B, C par valeur) → son &lt;b&gt;segment&lt;/b&gt; (AX … CZ) → sa propre &lt;b&gt;dérogation&lt;/b&gt;. Les valeurs en italique gris sont héritées. Double-cliquez sur une cellule pour la modifier, Suppr pour qu&apos;elle hérite à nouveau. Chaque modification est auditée, peut être annulée (Édition → Annuler) et recalcule aussitôt la santé des stocks.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Overrides per SKU × location&lt;/b&gt; — add one from the SKU × location detail (Override policy…)</source>
        <translation>&lt;b&gt;Dérogations par SKU × site&lt;/b&gt; — ajoutez-en une depuis le détail du SKU × site (Déroger à la politique…)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+452"/>
        <source>SKU × location</source>
        <translation>SKU × site</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Analysing stock health…</source>
        <translation>Analyse de la santé des stocks…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> The results shown are from the analysis before.</source>
        <translation> Les résultats affichés proviennent de l&apos;analyse précédente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock health could not be analysed: %1</source>
        <translation>La santé des stocks n&apos;a pas pu être analysée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Press Refresh to analyse stock health.</source>
        <translation>Annulé. Cliquez sur Actualiser pour analyser la santé des stocks.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>forecast run %1</source>
        <translation>calcul de prévision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales history (no forecast run yet)</source>
        <translation>historique des ventes (pas encore de calcul de prévision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1 · %2 SKU × locations · demand from %3 · analysed in %4 s</source>
        <translation>Au %1 · %2 SKU × sites · demande issue de %3 · analysé en %4 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · alerts not updated: %1</source>
        <translation> · alertes non mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · alerts: %1 new, %2 resolved</source>
        <translation> · alertes&#xa0;: %1 nouvelles, %2 résolues</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stored: %1. Stock health recomputed.</source>
        <translation>Enregistré&#xa0;: %1. Santé des stocks recalculée.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 SKU × locations</source>
        <translation>%1 SKU × sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 SKU × locations</source>
        <translation>%1 sur %2 SKU × sites</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;The policies could not be read: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Les politiques n&apos;ont pas pu être lues&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&quot;%1&quot; is not a policy scope.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une portée de politique.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy of %1: %2</source>
        <translation>Politique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy of %1: %2</source>
        <translation>politique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Stored: %1. Recomputing…</source>
        <translation>Enregistré&#xa0;: %1. Recalcul…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A policy override needs a reason.</source>
        <translation>Une dérogation de politique nécessite un motif.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+33"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Remove the policy override of %1</source>
        <translation>Supprimer la dérogation de politique de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy override of %1: %2</source>
        <translation>Dérogation de politique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Policy override</source>
        <translation>Dérogation de politique</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inherit policy settings</source>
        <translation>Hériter les paramètres de politique</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="+97"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV export of your ERP. Files named after their kind (sales.csv, stock.csv, …) are recognised.</source>
        <translation>Un export CSV de votre ERP. Les fichiers nommés d&apos;après leur contenu (sales.csv, stock.csv, …) sont reconnus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+541"/>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Check how the file is written</source>
        <translation>Vérifier le format du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stockshift detected these settings from the first rows. Change any of them; the preview follows.</source>
        <translation>Stockshift a détecté ces paramètres à partir des premières lignes. Modifiez-les si besoin&#xa0;; l&apos;aperçu suit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1234.5 (point)</source>
        <translation>1234.5 (point)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (comma)</source>
        <translation>1.234,5 (virgule)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy-mm-dd (ISO)</source>
        <translation>aaaa-mm-jj (ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy / dd/mm/yyyy</source>
        <translation>jj.mm.aaaa / jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mm/dd/yyyy (US)</source>
        <translation>mm/jj/aaaa (US)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyymmdd</source>
        <translation>aaaammjj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel serial number</source>
        <translation>Numéro de série Excel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on record:</source>
        <translation>En-tête à la ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers:</source>
        <translation>Nombres&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each field reads one column of the file, or a constant. Required fields are marked *. Columns that feed nothing are ignored.</source>
        <translation>Chaque champ lit une colonne du fichier, ou une constante. Les champs obligatoires sont marqués *. Les colonnes qui n&apos;alimentent rien sont ignorées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(detected from the headers)</source>
        <translation>(détecté d&apos;après les en-têtes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load profile…</source>
        <translation>Charger un profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile…</source>
        <translation>Enregistrer le profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>Load mapping profile</source>
        <translation>Charger un profil de correspondance</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
        <source>Mapping profiles (*.json)</source>
        <translation>Profils de correspondance (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+9"/>
        <source>Save mapping profile</source>
        <translation>Enregistrer le profil de correspondance</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(not in file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>constant (optional)</source>
        <translation>constante (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: %1</source>
        <translation>défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Every column is used.</source>
        <translation>Toutes les colonnes sont utilisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored columns: %1</source>
        <translation>Colonnes ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1</source>
        <translation>Encore requis&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Good rows go in, bad rows are reported. One transaction: cancelling or a failure leaves the database as it was.</source>
        <translation>Les lignes correctes sont importées, les lignes erronées sont signalées. Une seule transaction&#xa0;: une annulation ou un échec laisse la base telle quelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked without writing anything.</source>
        <translation>Chaque ligne est vérifiée sans rien écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update and add (upsert)</source>
        <translation>Mettre à jour et ajouter (upsert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace: remove rows not in the file</source>
        <translation>Remplacer&#xa0;: supprimer les lignes absentes du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All or nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create unknown codes</source>
        <translation>Créer les codes inconnus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import now</source>
        <translation>Importer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save problems as CSV…</source>
        <translation>Enregistrer les problèmes en CSV…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 rows read…</source>
        <translation>%1 lignes lues…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save problems</source>
        <translation>Enregistrer les problèmes</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::JournalCommand</name>
    <message>
        <location filename="../ui/undo/JournalCommand.cpp" line="+50"/>
        <source>An edit of kind &quot;%1&quot; in the stored history has no valid &quot;%2&quot;.</source>
        <translation>Une modification de type « %1 » dans l’historique enregistré n’a pas de « %2 » valide.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::LocationHealthModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="+159"/>
        <source>%1: %2 (target %3) → %4 points × %5</source>
        <translation>%1&#xa0;: %2 (cible %3) → %4 points × %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured</source>
        <translation>%1&#xa0;: non mesuré</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Rupt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Sous PC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring</source>
        <translation>À pérempt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Surstock</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turns</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>Jours stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location code</source>
        <translation>Code site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-health score out of 100 (hover a score for its parts)</source>
        <translation>Score de santé des stocks sur 100 (survolez un score pour voir ses composantes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU × location rows</source>
        <translation>Lignes SKU × site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical: runs out before an order placed today can arrive</source>
        <translation>Critique&#xa0;: tombe en rupture avant qu&apos;une commande passée aujourd&apos;hui puisse arriver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the reorder point</source>
        <translation>Sous le point de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units expire unsold within the warning window</source>
        <translation>Unités périmant invendues dans la fenêtre d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overstock: cover above the threshold, or no sale for the dead-stock days</source>
        <translation>Surstock&#xa0;: couverture au-dessus du seuil, ou aucune vente depuis le nombre de jours de stock dormant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock on hand at cost</source>
        <translation>Stock physique au coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover: cost of goods sold a year / stock value</source>
        <translation>Rotation&#xa0;: coût annuel des marchandises vendues / valeur du stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of inventory: stock value / daily cost of goods sold</source>
        <translation>Jours de stock&#xa0;: valeur du stock / coût journalier des marchandises vendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-stock rate over the last year, weighted by demand</source>
        <translation>Taux de disponibilité sur la dernière année, pondéré par la demande</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+65"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data browser</source>
        <translation>Explorateur de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecasts</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast accuracy</source>
        <translation>Précision des prévisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock health</source>
        <translation>Santé des stocks</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilment tiers</source>
        <translation>Paliers de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand</source>
        <translation>Stock physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier items</source>
        <translation>Articles fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner agreements</source>
        <translation>Accords partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and promotions</source>
        <translation>Événements et promotions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stockout log</source>
        <translation>Journal des ruptures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast overrides</source>
        <translation>Forçages de prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy rules</source>
        <translation>Règles de politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy overrides</source>
        <translation>Dérogations de politique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan lines</source>
        <translation>Lignes de plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported orders</source>
        <translation>Commandes exportées</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stockshift</source>
        <translation>Stockshift</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>Importer un &amp;CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit &amp;history</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Stockshift</source>
        <translation>À &amp;propos de Stockshift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Stockshift</source>
        <translation>À propos de Stockshift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Stockshift %1&lt;/h3&gt;&lt;p&gt;Inventory planning workstation: forecasts, stock health, transfer and purchase plans that explain themselves.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockshift %1&lt;/h3&gt;&lt;p&gt;Poste de planification des stocks&#xa0;: prévisions, santé des stocks, plans de transfert et d&apos;achat qui s&apos;expliquent d&apos;eux-mêmes.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when Stockshift is started again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Stockshift.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+292"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>%1 — Stockshift</source>
        <translation>%1 — Stockshift</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open or create a database with the File menu.</source>
        <translation>Ouvrez ou créez une base de données avec le menu Fichier.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Plan %1: transfers</source>
        <translation>Plan %1&#xa0;: transferts</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;p&gt;Data available in this database:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Données disponibles dans cette base&#xa0;:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filter: code, name or yyyy-mm-dd</source>
        <translation>Filtre&#xa0;: code, nom ou aaaa-mm-jj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table:</source>
        <translation>Table&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No database</source>
        <translation>Aucune base</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 Mo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 locations · %2 SKUs · %3 series · %4 sales rows</source>
        <translation>%1 sites · %2 SKU · %3 séries · %4 lignes de ventes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · history %1 – %2</source>
        <translation> · historique du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No imports yet</source>
        <translation>Aucun import pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import: %1 (%2)</source>
        <translation>Dernier import&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stockshift databases (*.db *.sqlite)</source>
        <translation>Bases Stockshift (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-la plutôt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stockshift databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases Stockshift (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Open or create a database first.</source>
        <translation>Ouvrez ou créez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+36"/>
        <source>Import folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 holds none of the known files (locations.csv, skus.csv, …).</source>
        <translation>%1 ne contient aucun des fichiers connus (locations.csv, skus.csv, …).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 no longer exists; it was removed from the recent databases.</source>
        <translation>%1 n’existe plus ; elle a été retirée des bases de données récentes.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::NetworkMapWidget</name>
    <message>
        <location filename="../ui/network/NetworkMapWidget.cpp" line="+30"/>
        <source>National / supplier DC</source>
        <translation>Entrepôt national / fournisseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fulfilment centre</source>
        <translation>Centre de préparation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional hub</source>
        <translation>Plateforme régionale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-fulfilment centre</source>
        <translation>Micro-centre de préparation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner seller</source>
        <translation>Vendeur partenaire</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>No locations with coordinates yet.
Import locations.csv (latitude, longitude) to see the network.</source>
        <translation>Aucun site avec coordonnées pour l&apos;instant.
Importez locations.csv (latitude, longitude) pour voir le réseau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1°N</source>
        <translation>%1°&#xa0;N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1°E</source>
        <translation>%1°&#xa0;E</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Health score 80 or more</source>
        <translation>Score de santé de 80 ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score 60 to 80</source>
        <translation>Score de santé de 60 à 80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score below 60</source>
        <translation>Score de santé inférieur à 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stock to assess</source>
        <translation>Aucun stock à évaluer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 locations, %2 lanes</source>
        <translation>%1 sites, %2 liaisons</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+65"/>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>health ≥ 80</source>
        <translation>santé ≥ 80</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>60–80</source>
        <translation>60–80</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt; 60</source>
        <translation>&lt; 60</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Planned transfers</source>
        <translation>Transferts planifiés</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 lanes used · %2 units · %3 lines</source>
        <translation>%1 liaisons utilisées · %2 unités · %3 lignes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 units in %4 plan lines</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 unités en %4 lignes de plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;br&gt;No stock to assess</source>
        <translation>&lt;br&gt;Aucun stock à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Stock-health score &lt;b&gt;%1&lt;/b&gt; / 100</source>
        <translation>&lt;br&gt;Score de santé des stocks &lt;b&gt;%1&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3, region %4&lt;br&gt;%5° N, %6° E</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3, région %4&lt;br&gt;%5° N, %6° E</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OrderLineModel</name>
    <message>
        <location filename="../ui/export/ExportModels.cpp" line="+192"/>
        <source>%1 (supplier: %2)</source>
        <translation>%1 (fournisseur&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved, to export</source>
        <translation>approuvée, à exporter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OrderTableModel</name>
    <message>
        <location line="-184"/>
        <source>ready to export</source>
        <translation>prête à exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported (revision %1)</source>
        <translation>exportée (révision %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + %1 approved line(s): export a revision</source>
        <translation> + %1 ligne(s) approuvée(s)&#xa0;: exporter une révision</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(per line)</source>
        <translation>(par ligne)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled %1: %2</source>
        <translation>Annulée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier / source</source>
        <translation>Fournisseur / source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OverrideDialog</name>
    <message>
        <location filename="../ui/forecast/OverrideDialog.cpp" line="+26"/>
        <source>Override the forecast</source>
        <translation>Forcer la prévision</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set to</source>
        <translation>Fixer à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale by</source>
        <translation>Multiplier par</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why? e.g. promotion flyer, customer order, delisting</source>
        <translation>Pourquoi&#xa0;? ex. prospectus promotionnel, commande client, déréférencement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series:</source>
        <translation>Série&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods starting:</source>
        <translation>Périodes à partir du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n period(s): %1 → %2 units in total.</source>
        <translation>
            <numerusform>%n période&#xa0;: %1 → %2 unités au total.</numerusform>
            <numerusform>%n périodes&#xa0;: %1 → %2 unités au total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OverrideModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+64"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone %1</source>
        <translation>annulé le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanComparisonPanel</name>
    <message>
        <location filename="../ui/plan/PlanComparisonPanel.cpp" line="+124"/>
        <source>Plan %1 was stored without its input.</source>
        <translation>Le plan %1 a été stocké sans ses données d&apos;entrée.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Compare with the baselines</source>
        <translation>Comparer aux références</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the rule-based plans on this plan&apos;s own input and play all of them under the same random demand.</source>
        <translation>Construire les plans à base de règles sur les propres données d&apos;entrée de ce plan et les simuler tous sous la même demande aléatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> runs</source>
        <translation> simulations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed </source>
        <translation>graine </translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Select a plan to compare it with the rules planners use today.</source>
        <translation>Sélectionnez un plan pour le comparer aux règles qu&apos;utilisent les planificateurs aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan %1 has not been compared yet. &lt;b&gt;Compare with the baselines&lt;/b&gt; makes the rule-based plans (%2) on the same input and simulates each of them day by day under the same random demand.</source>
        <translation>Le plan %1 n&apos;a pas encore été comparé. &lt;b&gt;Comparer aux références&lt;/b&gt; construit les plans à base de règles (%2) sur les mêmes données et simule chacun jour par jour sous la même demande aléatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as much as %1</source>
        <translation>autant que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 less&lt;/b&gt; than %2 (fill rate %3)</source>
        <translation>&lt;b&gt;%1 de moins&lt;/b&gt; que %2 (taux de service %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 more&lt;/b&gt; than %2 (fill rate %3)</source>
        <translation>&lt;b&gt;%1 de plus&lt;/b&gt; que %2 (taux de service %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 simulated runs (seed %2), plan %3 (fill rate %4, cost %5) costs %6.</source>
        <translation>Sur %1 simulations (graine %2), le plan %3 (taux de service %4, coût %5) coûte %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines were rejected or edited since: compare again to see their effect.</source>
        <translation>Des lignes ont été rejetées ou modifiées depuis&#xa0;: comparez à nouveau pour voir leur effet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected lines left out: %1.</source>
        <translation>Lignes rejetées exclues&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making the baselines and simulating…</source>
        <translation>Construction des références et simulation…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared in %1.</source>
        <translation>Comparé en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared in %1, but not stored: %2</source>
        <translation>Comparé en %1, mais non enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanExplanation</name>
    <message>
        <location filename="../ui/plan/PlanExplanation.cpp" line="+363"/>
        <source>greedy rule</source>
        <translation>règle gloutonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reorder-point rule</source>
        <translation>règle du point de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>covers %1 units short</source>
        <translation>couvre un manque de %1 unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restores safety stock</source>
        <translation>rétablit le stock de sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lane full</source>
        <translation>liaison saturée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source at safety stock</source>
        <translation>source au stock de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all the source can spare</source>
        <translation>tout ce que la source peut céder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all it needs</source>
        <translation>tout ce dont il a besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum order</source>
        <translation>commande minimale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier full</source>
        <translation>fournisseur saturé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget spent</source>
        <translation>budget épuisé</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanExplanation::Writer</name>
    <message>
        <location line="-327"/>
        <source>The planner left no explanation for this line.</source>
        <translation>Le planificateur n&apos;a laissé aucune explication pour cette ligne.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>after the horizon</source>
        <translation>après l&apos;horizon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 units of %2 from %3 to %4</source>
        <translation>Transférer %1 unités de %2 de %3 vers %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 units of %2 from %3 for %4</source>
        <translation>Commander %1 unités de %2 auprès de %3 pour %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ships %1 (%2), arrives %3 (%4); %5 a unit, %6 in all.</source>
        <translation>Expédié le %1 (%2), arrive le %3 (%4)&#xa0;; %5 l&apos;unité, %6 au total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered %1 (%2), due %3 (%4); %5 a unit, %6 in all.</source>
        <translation>Commandé le %1 (%2), attendu le %3 (%4)&#xa0;; %5 l&apos;unité, %6 au total.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %1.</source>
        <translation>Commande fournisseur %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without this transfer</source>
        <translation>Sans ce transfert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without this order</source>
        <translation>Sans cette commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rest of the horizon</source>
        <translation>le reste de l&apos;horizon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 would miss %3 units of forecast demand in %4</source>
        <translation>%1, %2 manquerait %3 unités de demande prévue en %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, holding %1 units when this arrives (safety stock %2).</source>
        <translation>, avec %1 unités en stock à l&apos;arrivée (stock de sécurité %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (safety stock %1).</source>
        <translation> (stock de sécurité %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 would still meet its forecast demand but hold only %3 units when this arrives, below its safety stock of %4: the line restores its protection against demand above the forecast.</source>
        <translation>%1, %2 couvrirait encore sa demande prévue, mais n&apos;aurait que %3 unités à l&apos;arrivée, sous son stock de sécurité de %4&#xa0;: la ligne rétablit sa protection contre une demande supérieure à la prévision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 would hold %3 units when this arrives%4; what the line avoids is the lost sales the forecast&apos;s uncertainty puts at risk.</source>
        <translation>%1, %2 aurait %3 unités à l&apos;arrivée%4&#xa0;; la ligne évite les ventes perdues que l&apos;incertitude de la prévision met en jeu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (safety stock %1)</source>
        <translation> (stock de sécurité %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deficit.</source>
        <translation>Déficit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds %2 units in that %3, %4 above its own safety stock of %5.</source>
        <translation>%1 détient %2 unités sur cette %3, soit %4 au-dessus de son propre stock de sécurité de %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds %2 units in that %3%4; it can pass them on because it is replenished itself or holds that stock for the locations it feeds.</source>
        <translation>%1 détient %2 unités sur cette %3%4&#xa0;; il peut les céder car il est lui-même réapprovisionné ou détient ce stock pour les sites qu&apos;il approvisionne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (its own safety stock %1)</source>
        <translation> (son propre stock de sécurité %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus.</source>
        <translation>Excédent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sells it in packs of %2 with a minimum order of %3 units.</source>
        <translation>%1 le vend par lots de %2 avec une commande minimale de %3 unités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes orders of at least %2 units.</source>
        <translation>%1 accepte des commandes d&apos;au moins %2 unités.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sells it in packs of %2.</source>
        <translation>%1 le vend par lots de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounding.</source>
        <translation>Arrondi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving costs %1 a unit</source>
        <translation>Le transfert coûte %1 l&apos;unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 a shipment on the lane</source>
        <translation> et %1 par expédition sur la liaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, against a margin of %1 a unit on every sale it saves</source>
        <translation>, pour une marge de %1 l&apos;unité sur chaque vente sauvée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and %1 a unit and %2 below safety stock</source>
        <translation> et %1 par unité et par %2 sous le stock de sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each unit that sells gains %1 over its cost of moving.</source>
        <translation>Chaque unité vendue rapporte %1 de plus que son coût de transfert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each unit costs %1</source>
        <translation>Chaque unité coûte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the purchase order costs %1, shared by the lines ordered from %2 for %3 in the same %4</source>
        <translation>&#xa0;; la commande fournisseur coûte %1, partagée entre les lignes commandées auprès de %2 pour %3 sur la même %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; a sale lost for want of it costs %1 in margin</source>
        <translation>&#xa0;; une vente perdue faute de stock coûte %1 de marge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs.</source>
        <translation>Coûts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the lane&apos;s capacity is fully used (%1 units on it in that %2)</source>
        <translation>la capacité de la liaison est entièrement utilisée (%1 unités sur cette %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lane&apos;s capacity is fully used</source>
        <translation>la capacité de la liaison est entièrement utilisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is drawn down to its own safety stock</source>
        <translation>%1 est ramené à son propre stock de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is all %1 can spare, or all %2 can use</source>
        <translation>c&apos;est tout ce que %1 peut céder, ou tout ce que %2 peut utiliser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is the most worth ordering: what %1 needs over the horizon, the supplier&apos;s capacity or what sells before it expires</source>
        <translation>c&apos;est la quantité la plus rentable à commander&#xa0;: ce dont %1 a besoin sur l&apos;horizon, la capacité du fournisseur ou ce qui se vend avant péremption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the order is raised to the supplier&apos;s minimum order quantity</source>
        <translation>la commande est portée à la quantité minimale de commande du fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier&apos;s capacity is fully used</source>
        <translation>la capacité du fournisseur est entièrement utilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the purchasing budget is spent</source>
        <translation>le budget d&apos;achat est épuisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No constraint stops it: the quantity is where one more unit would cost more than it saves.</source>
        <translation>Aucune contrainte ne la limite&#xa0;: la quantité est celle où une unité de plus coûterait plus qu&apos;elle ne rapporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What limits it.</source>
        <translation>Ce qui la limite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The greedy rule of the original design:</source>
        <translation>La règle gloutonne de la conception d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was short of %2 units over the horizon;</source>
        <translation>%1 manquait de %2 unités sur l&apos;horizon&#xa0;;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ranked %2 among its sources by projected demand × (margin − transfer cost) = %3.</source>
        <translation>%1 s&apos;est classé %2 parmi ses sources selon demande projetée × (marge − coût de transfert) = %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule ships everything now, from the best sources first, within what they can spare and the lane&apos;s capacity; it weighs neither shipment costs nor later weeks.</source>
        <translation>La règle expédie tout maintenant, depuis les meilleures sources d&apos;abord, dans la limite de ce qu&apos;elles peuvent céder et de la capacité de la liaison&#xa0;; elle ne tient compte ni des coûts d&apos;expédition ni des semaines suivantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Rule.</source>
        <translation>Règle.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The inventory position of %1 (stock, inbound and orders, %2 units) fell to its reorder point of %3 — demand over the lead time and a review plus the safety stock — so the rule orders up to it from the preferred supplier, in its minimum order and packs.</source>
        <translation>La position de stock de %1 (stock, entrées et commandes, %2 unités) est tombée à son point de commande de %3 — demande sur le délai et une période de revue plus le stock de sécurité —, la règle recomplète donc jusqu&apos;à ce niveau auprès du fournisseur préféré, en respectant sa commande minimale et ses lots.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reorder-point rule orders up to the reorder point from the preferred supplier.</source>
        <translation>La règle du point de commande recomplète jusqu&apos;au point de commande auprès du fournisseur préféré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edited.</source>
        <translation>Modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed %1 units; now %2.</source>
        <translation>Proposé&#xa0;: %1 unités&#xa0;; maintenant %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review.</source>
        <translation>Revue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line is %1.</source>
        <translation>Cette ligne est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanFormat</name>
    <message>
        <location filename="../ui/plan/PlanFormat.cpp" line="+70"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MILP (CBC)</source>
        <translation>MILP (CBC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy rule</source>
        <translation>Règle gloutonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder-point rule</source>
        <translation>Règle du point de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the MILP plan</source>
        <translation>le plan MILP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the greedy rule</source>
        <translation>la règle gloutonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reorder-point rule</source>
        <translation>la règle du point de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doing nothing</source>
        <translation>ne rien faire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time limit</source>
        <translation>limite de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infeasible</source>
        <translation>irréalisable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>journée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bucket</source>
        <translation>période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buckets</source>
        <translation>périodes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanListModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="-758"/>
        <source>Plan %1 · %2 · %3 · %4 buckets of %5 days from %6</source>
        <translation>Plan %1 · %2 · %3 · %4 périodes de %5 jours à partir du %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Purchases worth %1 (not in the cost: recovered when the stock sells)</source>
        <translation>
Achats d&apos;une valeur de %1 (hors coût&#xa0;: récupérés à la vente du stock)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Transport, fixed, holding, lost margin and safety-stock shortfall over the horizon with demand as forecast; purchases are shown apart.</source>
        <translation>Transport, fixe, possession, marge perdue et déficit de stock de sécurité sur l&apos;horizon avec la demande prévue&#xa0;; les achats sont présentés à part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance of the MILP plan from CBC&apos;s best bound: the plan is at most this much more expensive than the best possible one.</source>
        <translation>Écart du plan MILP à la meilleure borne de CBC&#xa0;: le plan coûte au plus cette proportion de plus que le meilleur plan possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of demand served in simulation (after Compare).</source>
        <translation>Part de la demande servie en simulation (après Comparer).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanModels</name>
    <message>
        <location line="-171"/>
        <source>Proposed %1; edited to %2.</source>
        <translation>Proposé&#xa0;: %1&#xa0;; modifié à %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is %1 and cannot be changed.</source>
        <translation>Cette ligne est à l&apos;état «&#xa0;%1&#xa0;» et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to change the quantity (undoable).</source>
        <translation>Double-cliquez pour modifier la quantité (annulable).</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Order for %1, %2</source>
        <translation>Commande pour %1, %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanRunPanel</name>
    <message>
        <location filename="../ui/plan/PlanRunPanel.cpp" line="+73"/>
        <source>Solving… no plan yet · %1 nodes · %2</source>
        <translation>Résolution… pas encore de plan · %1 nœuds · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solving… no plan yet · bound %1 · %2 nodes · %3</source>
        <translation>Résolution… pas encore de plan · borne %1 · %2 nœuds · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solving… incumbent %1 · best bound %2 · gap %3 · %4 nodes · %5</source>
        <translation>Résolution… solution courante %1 · meilleure borne %2 · écart %3 · %4 nœuds · %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint (both)</source>
        <translation>Conjoint (les deux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers move stock between locations before demand hits; purchases order from suppliers; the joint plan chooses between both.</source>
        <translation>Les transferts déplacent le stock entre sites avant que la demande arrive&#xa0;; les achats commandent aux fournisseurs&#xa0;; le plan conjoint arbitre entre les deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buckets to plan.</source>
        <translation>Périodes à planifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wall-clock limit for CBC; the best plan found by then is kept.</source>
        <translation>Limite de temps réel pour CBC&#xa0;; le meilleur plan trouvé d&apos;ici là est conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when the plan is proven within this distance of the best bound.</source>
        <translation>S&apos;arrêter quand le plan est prouvé à moins de cet écart de la meilleure borne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solver threads; independent blocks of the model are solved side by side.</source>
        <translation>Threads du solveur&#xa0;; les blocs indépendants du modèle sont résolus en parallèle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any size</source>
        <translation>toute taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per truck: each shipment pays the lane&apos;s fixed cost per truck. “any size”: one shipment carries any amount.</source>
        <translation>Unités par camion&#xa0;: chaque expédition paie le coût fixe de la liaison par camion. «&#xa0;toute taille&#xa0;»&#xa0;: une expédition transporte n&apos;importe quelle quantité.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per bucket (purchase value).</source>
        <translation>Budget d&apos;achat par période (valeur d&apos;achat).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run plan</source>
        <translation>Lancer le plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the solver; the best plan found so far is stored.</source>
        <translation>Arrêter le solveur&#xa0;; le meilleur plan trouvé jusqu&apos;ici est enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time limit</source>
        <translation>&amp;Limite de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gap</source>
        <translation>&amp;Écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;hreads</source>
        <translation>Th&amp;reads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ruck</source>
        <translation>&amp;Camion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set the parameters and run a plan.</source>
        <translation>Réglez les paramètres et lancez un plan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incumbent (best plan&apos;s cost)</source>
        <translation>Solution courante (coût du meilleur plan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best bound</source>
        <translation>Meilleure borne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Greedy + reorder-point rules</source>
        <translation>Règles gloutonne + point de commande</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>CBC&apos;s incumbent and best bound appear here while it solves.</source>
        <translation>La solution courante et la meilleure borne de CBC s&apos;affichent ici pendant la résolution.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the network, forecast and policies…</source>
        <translation>Lecture du réseau, de la prévision et des politiques…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancelling… the best plan found so far will be stored.</source>
        <translation>Annulation… le meilleur plan trouvé jusqu&apos;ici sera enregistré.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (reported %1 ago)</source>
        <translation> (signalé il y a %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solving… %1 of at most %2; CBC has not reported a plan yet (a model in independent blocks reports as blocks finish).</source>
        <translation>Résolution… %1 sur %2 au maximum&#xa0;; CBC n&apos;a pas encore signalé de plan (un modèle en blocs indépendants signale au fur et à mesure que les blocs se terminent).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storing the plan…</source>
        <translation>Enregistrement du plan…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled before any plan was found; nothing was stored.</source>
        <translation>Annulé avant qu&apos;un plan soit trouvé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan: %1</source>
        <translation>Aucun plan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: the best plan found so far is stored as plan %1</source>
        <translation>Annulé&#xa0;: le meilleur plan trouvé jusqu&apos;ici est enregistré comme plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1 stored</source>
        <translation>Plan %1 enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1, lines: %2; cost %3</source>
        <translation> — %1, lignes&#xa0;: %2&#xa0;; coût %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, gap %1</source>
        <translation>, écart %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; input %1, total %2.</source>
        <translation>&#xa0;; données %1, total %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="+59"/>
        <source>Select a line to see why it is in the plan.</source>
        <translation>Sélectionnez une ligne pour voir pourquoi elle figure dans le plan.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete plan…</source>
        <translation>Supprimer le plan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Stored plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plans enregistrés&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected lines (%1). Undo with Edit → Undo.</source>
        <translation>Approuver les lignes sélectionnées (%1). Annulation par Édition → Annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected lines (%1): they are left out of the comparison and the export.</source>
        <translation>Rejeter les lignes sélectionnées (%1)&#xa0;: elles sont exclues de la comparaison et de l&apos;export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to proposed</source>
        <translation>Remettre en proposition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search SKU or location</source>
        <translation>Rechercher un SKU ou un site</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Flows on the map:</source>
        <translation>Flux sur la carte&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purchase orders</source>
        <translation>Commandes fournisseur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The plans could not be read: %1</source>
        <translation>Les plans n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Transfers (%1)</source>
        <translation>Transferts (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase orders (%1)</source>
        <translation>Commandes fournisseur (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>all %1</source>
        <translation>ensemble des %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shipping in %1 (%2)</source>
        <translation>expédiés en %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;No plans yet&lt;/h3&gt;Choose a kind and a method on the left and press &lt;b&gt;Run plan&lt;/b&gt;. The MILP is solved by COIN-OR CBC; the rules are the ones planners use today, for comparison.</source>
        <translation>&lt;h3&gt;Aucun plan pour l&apos;instant&lt;/h3&gt;Choisissez un type et une méthode à gauche, puis cliquez sur &lt;b&gt;Lancer le plan&lt;/b&gt;. Le MILP est résolu par COIN-OR CBC&#xa0;; les règles sont celles qu&apos;utilisent les planificateurs aujourd&apos;hui, pour comparaison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Select a plan&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sélectionnez un plan&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Plan %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 à partir du %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>calcul de prévision %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>coût &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transfer lines, %2 units, %3 shipments</source>
        <translation>%1 lignes de transfert, %2 unités, %3 expéditions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 purchase lines, %2 units in %3 orders worth %4</source>
        <translation>%1 lignes d&apos;achat, %2 unités en %3 commandes d&apos;une valeur de %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unmet demand %1 units</source>
        <translation>demande non servie %1 unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective %1, bound %2, gap &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>objectif %1, borne %2, écart &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 lignes × %2 colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Solver:</source>
        <translation>Solveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; quantities edited: %1 — the cost above is the plan as proposed, the comparison simulates it as reviewed</source>
        <translation>&#xa0;; quantités modifiées&#xa0;: %1 — le coût ci-dessus est celui du plan proposé, la comparaison simule le plan revu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>With demand as forecast, plan %1 costs &lt;b&gt;%2&lt;/b&gt; over the horizon = transport %3 + fixed %4 + holding %5 + lost margin %6 + safety-stock shortfall %7.</source>
        <translation>Avec la demande prévue, le plan %1 coûte &lt;b&gt;%2&lt;/b&gt; sur l&apos;horizon = transport %3 + fixe %4 + possession %5 + marge perdue %6 + déficit de stock de sécurité %7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It buys stock worth %1, recovered when it sells (not a cost here).</source>
        <translation>Il achète du stock pour %1, récupérés à la vente (pas un coût ici).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the baselines to see theirs beside it.</source>
        <translation>Comparez-le aux références pour voir leurs coûts à côté.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Plan %1: transfers</source>
        <translation>Plan %1&#xa0;: transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1: transfers shipping in %2</source>
        <translation>Plan %1&#xa0;: transferts expédiés en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no transfers</source>
        <translation>aucun transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lanes, %2 units (rejected lines left out)</source>
        <translation>%1 liaisons, %2 unités (lignes rejetées exclues)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 units · value %4&lt;/p&gt;&lt;p&gt;Select one of its lines to see why it is ordered; Approve or Reject act on all the lines under the row selected.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 unités · valeur %4&lt;/p&gt;&lt;p&gt;Sélectionnez l&apos;une de ses lignes pour voir pourquoi elle est commandée&#xa0;; Approuver ou Rejeter agissent sur toutes les lignes sous la ligne sélectionnée.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+56"/>
        <source>No plan is shown.</source>
        <translation>Aucun plan affiché.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+53"/>
        <source>Plan %1 has no line %2.</source>
        <translation>Le plan %1 n&apos;a pas de ligne %2.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Select the lines to review first.</source>
        <translation>Sélectionnez d&apos;abord les lignes à revoir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the lines are %1 already.</source>
        <translation>Rien à changer&#xa0;: les lignes sont déjà à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 (%2, %3 → %4)</source>
        <translation>ligne %1 (%2, %3 → %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve %1 of plan %2</source>
        <translation>Approuver %1 du plan %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject %1 of plan %2</source>
        <translation>Rejeter %1 du plan %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 of plan %2 back to proposed</source>
        <translation>Remettre %1 du plan %2 à l&apos;état proposé</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>%1 — stored; Edit → Undo takes it back.</source>
        <translation>%1 — enregistré&#xa0;; Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Line %1 of plan %2 (%3 %4 → %5): %6 → %7 units</source>
        <translation>Ligne %1 du plan %2 (%3 %4 → %5)&#xa0;: %6 → %7 unités</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan %1 deleted.</source>
        <translation>Plan %1 supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete plan %1 (%2, %3) and its %4 lines? This cannot be undone.</source>
        <translation>Supprimer le plan %1 (%2, %3) et ses %4 lignes&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyFields</name>
    <message>
        <location filename="../ui/health/PolicyModels.cpp" line="+117"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cover days</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review every</source>
        <translation>Revue tous les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding rate</source>
        <translation>Taux de possession</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order cost</source>
        <translation>Coût de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max cover</source>
        <translation>Couverture max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelf-life cap</source>
        <translation>Plafond de durée de vie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reorder point (s, Q)</source>
        <translation>Point de commande (s, Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order-up-to (R, S)</source>
        <translation>Recomplètement (R, S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min-max (s, S)</source>
        <translation>Min-max (s, S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forecast error</source>
        <translation>Erreur de prévision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of cover</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>continuous</source>
        <translation>continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>supplier&apos;s</source>
        <translation>du fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>inherit</source>
        <translation>hériter</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyOverrideDialog</name>
    <message>
        <location filename="../ui/health/PolicyOverrideDialog.cpp" line="+25"/>
        <source>Policy override — %1</source>
        <translation>Dérogation de politique — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the settings this SKU × location should have regardless of its segment; unticked settings keep coming from the segment rules. The values shown apply now.</source>
        <translation>Cochez les paramètres que ce SKU × site doit avoir quel que soit son segment&#xa0;; les paramètres non cochés continuent de provenir des règles de segment. Les valeurs affichées s&apos;appliquent maintenant.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Required: why this SKU × location needs its own policy</source>
        <translation>Obligatoire&#xa0;: pourquoi ce SKU × site a besoin de sa propre politique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store override</source>
        <translation>Enregistrer la dérogation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove override</source>
        <translation>Supprimer la dérogation</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tick at least one setting.</source>
        <translation>Cochez au moins un paramètre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is required: it is stored with the override and audited.</source>
        <translation>Un motif est obligatoire&#xa0;: il est enregistré avec la dérogation et audité.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyOverrideModel</name>
    <message>
        <location filename="../ui/health/PolicyModels.cpp" line="+366"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyRuleModel</name>
    <message>
        <location line="-251"/>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stored rule.</source>
        <translation>Une règle enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule: everything is inherited.</source>
        <translation>Aucune règle&#xa0;: tout est hérité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in rule (not stored yet).</source>
        <translation>La règle intégrée (pas encore enregistrée).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU × location rows in this scope.</source>
        <translation>Lignes SKU × site dans cette portée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set for this scope. Delete clears it so the value is inherited.</source>
        <translation>Défini pour cette portée. Suppr l&apos;efface pour que la valeur soit héritée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default rule</source>
        <translation>la règle par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in default</source>
        <translation>la valeur intégrée par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherited from %1.</source>
        <translation>Hérité de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reorder point: order Q when the position reaches s (continuous review). Order-up-to: every R days order up to S. Min-max: at s, order up to S.</source>
        <translation>Point de commande&#xa0;: commander Q quand la position atteint s (revue continue). Recomplètement&#xa0;: tous les R jours, recompléter jusqu&apos;à S. Min-max&#xa0;: à s, recompléter jusqu&apos;à S.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How safety stock is set: cycle service level, fill rate (normal loss function), the forecast&apos;s backtest error, or fixed days of cover.</source>
        <translation>Mode de calcul du stock de sécurité&#xa0;: niveau de service (cycle), taux de service (fonction de perte normale), erreur de backtest de la prévision, ou jours de couverture fixes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target cycle service level: the share of replenishment cycles without a stockout.</source>
        <translation>Niveau de service (cycle) cible&#xa0;: la part des cycles de réapprovisionnement sans rupture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target fill rate: the share of demand served from stock.</source>
        <translation>Taux de service cible&#xa0;: la part de la demande servie sur stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock in days of demand (days-of-cover method).</source>
        <translation>Stock de sécurité en jours de demande (méthode des jours de couverture).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days between reviews (order-up-to and min-max).</source>
        <translation>Jours entre deux revues (recomplètement et min-max).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding cost per year as a share of the unit cost (EOQ).</source>
        <translation>Coût de possession annuel en part du coût unitaire (EOQ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per order (EOQ); default: the supplier&apos;s or the lane&apos;s.</source>
        <translation>Coût par commande (EOQ)&#xa0;; par défaut&#xa0;: celui du fournisseur ou de la liaison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenishment lead time; default: the supplier&apos;s or the lane&apos;s.</source>
        <translation>Délai de réapprovisionnement&#xa0;; par défaut&#xa0;: celui du fournisseur ou de la liaison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap of the order-up-to level in days of demand.</source>
        <translation>Plafond du niveau de recomplètement en jours de demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never order more than can be sold before it expires.</source>
        <translation>Ne jamais commander plus que ce qui peut être vendu avant péremption.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not fit %2.</source>
        <translation>%1 ne convient pas pour %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PurchaseOrderModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="+189"/>
        <source>Value of the lines not rejected.</source>
        <translation>Valeur des lignes non rejetées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders: %1</source>
        <translation>commandes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines: %1</source>
        <translation>lignes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supplier / order / SKU</source>
        <translation>Fournisseur / commande / SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioComparisonModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+54"/>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of the reference scenario</source>
        <translation>%1 du scénario de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 against %3</source>
        <translation>%1&#xa0;: %2 contre %3</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioListModel</name>
    <message>
        <location line="-213"/>
        <source>run</source>
        <translation>exécuté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloned from %1</source>
        <translation>Cloné depuis %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioView</name>
    <message>
        <location filename="../ui/scenario/ScenarioView.cpp" line="+128"/>
        <source>What-if</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;Scenarios&lt;/b&gt; — select two or more to compare them</source>
        <translation>&lt;b&gt;Scénarios&lt;/b&gt; — sélectionnez-en deux ou plus pour les comparer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New from current settings</source>
        <translation>Nouveau (paramètres actuels)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot the policies, costs, capacities, lanes, lead times, forecast overrides and solver settings of the database as a new scenario.</source>
        <translation>Capturer les politiques, coûts, capacités, liaisons, délais, forçages de prévision et paramètres du solveur de la base dans un nouveau scénario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>Supprimer le scénario «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove edit</source>
        <translation>Supprimer la modification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change value…</source>
        <translation>Modifier la valeur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the factor, days, budget or capacity of the selected edit (or double-click it)</source>
        <translation>Modifier le facteur, les jours, le budget ou la capacité de la modification sélectionnée (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a change</source>
        <translation>Ajouter une modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close lane</source>
        <translation>Fermer la liaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a lane.</source>
        <translation>Choisissez une liaison.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supplier lead time</source>
        <translation>Délai fournisseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site whose lanes, region and suppliers the new site copies</source>
        <translation>Le site dont le nouveau site copie les liaisons, la région et les fournisseurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity in units</source>
        <translation>Capacité en unités</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of the template site&apos;s demand the new site serves</source>
        <translation>La part de la demande du site modèle que sert le nouveau site</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MILP (CBC)</source>
        <translation>MILP (CBC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules (greedy + reorder point)</source>
        <translation>Règles (gloutonne + point de commande)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No scenario yet. &lt;b&gt;New from current settings&lt;/b&gt; takes a snapshot of the planning settings to start from.</source>
        <translation>Aucun scénario pour l&apos;instant. &lt;b&gt;Nouveau (paramètres actuels)&lt;/b&gt; capture les paramètres de planification comme point de départ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sites, %2 lanes, %3 suppliers, %4 policy rules, %5 forecast overrides captured %6%7.</source>
        <translation>%1 sites, %2 liaisons, %3 fournisseurs, %4 règles de politique, %5 forçages de prévision capturés le %6%7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, cloned from %1</source>
        <translation>, cloné depuis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last run: total cost %1, fill rate %2, %3 transfers, %4 purchase orders.</source>
        <translation>Dernière exécution&#xa0;: coût total %1, taux de service %2, %3 transferts, %4 commandes fournisseur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet.</source>
        <translation>Pas encore exécuté.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Select two or more scenarios that have been run (Ctrl+click in the list) to compare them; the first is the reference.</source>
        <translation>Sélectionnez deux scénarios exécutés ou plus (Ctrl+clic dans la liste) pour les comparer&#xa0;; le premier sert de référence.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 scenarios against &lt;b&gt;%2&lt;/b&gt;: the change is shown in brackets, green where it is better. The chart shows each figure as an index of %2 (= 100).</source>
        <translation>%1 scénarios comparés à &lt;b&gt;%2&lt;/b&gt;&#xa0;: l&apos;écart figure entre parenthèses, en vert quand il est favorable. Le graphique présente chaque valeur en indice de %2 (= 100).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Index (%1 = 100)</source>
        <translation>Indice (%1 = 100)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+33"/>
        <location line="+227"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Nouveau scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; created from the current settings.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» créé à partir des paramètres actuels.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to clone.</source>
        <translation>Sélectionnez un scénario à cloner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>Cloner le scénario «&#xa0;%1&#xa0;» sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloned as &quot;%1&quot;.</source>
        <translation>Cloné sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to delete.</source>
        <translation>Sélectionnez un scénario à supprimer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Supprimer le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario &quot;%1&quot; deleted.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to rename.</source>
        <translation>Sélectionnez un scénario à renommer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le scénario «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select or create a scenario first.</source>
        <translation>Sélectionnez ou créez d&apos;abord un scénario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Wait for the run to finish, or cancel it.</source>
        <translation>Attendez la fin de l&apos;exécution, ou annulez-la.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>Ajouter %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: %1. Run the scenario to see its effect.</source>
        <translation>Ajouté&#xa0;: %1. Exécutez le scénario pour voir son effet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an edit to remove.</source>
        <translation>Sélectionnez une modification à supprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>Retirer %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed: %1.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an edit to change.</source>
        <translation>Sélectionnez une modification à changer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An edit keeps its kind; remove it and add another.</source>
        <translation>Une modification garde son type&#xa0;; supprimez-la et ajoutez-en une autre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %1 to %2 in &quot;%3&quot;</source>
        <translation>Remplacer %1 par %2 dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed: %1. Run the scenario to see its effect.</source>
        <translation>Modifié&#xa0;: %1. Exécutez le scénario pour voir son effet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change edit</source>
        <translation>Changer la valeur de la modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

Demand factor:</source>
        <translation>%1

Facteur de demande&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Days added:</source>
        <translation>%1

Jours ajoutés&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

Budget change (%):</source>
        <translation>%1

Variation du budget (%)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

Capacity in units (0 = unlimited):</source>
        <translation>%1

Capacité en unités (0 = illimitée)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closed lane has no value to change.</source>
        <translation>Une liaison fermée n’a pas de valeur à modifier.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a scenario to save.</source>
        <translation>Sélectionnez un scénario à enregistrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &quot;%1&quot; saved to %2.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported scenario</source>
        <translation>Scénario importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open scenario &quot;%1&quot;</source>
        <translation>Ouvrir le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; opened from %2.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» ouvert depuis %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scenarios (*.ssc *.xml);;Binary scenarios (*.ssc);;XML scenarios (*.xml)</source>
        <translation>Scénarios (*.ssc *.xml);;Scénarios binaires (*.ssc);;Scénarios XML (*.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Binary scenario (*.ssc);;XML scenario (*.xml)</source>
        <translation>Scénario binaire (*.ssc);;Scénario XML (*.xml)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running &quot;%1&quot; on a copy of the database…</source>
        <translation>Exécution de «&#xa0;%1&#xa0;» sur une copie de la base…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running &quot;%1&quot;: %2…</source>
        <translation>Exécution de «&#xa0;%1&#xa0;»&#xa0;: %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the scenario keeps its previous state.</source>
        <translation>Annulé&#xa0;; le scénario conserve son état précédent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>L&apos;exécution a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; ran in %2: total cost %3, fill rate %4, inventory value %5, %6 transfers, %7 purchase orders.</source>
        <translation>«&#xa0;%1&#xa0;» exécuté en %2&#xa0;: coût total %3, taux de service %4, valeur du stock %5, %6 transferts, %7 commandes fournisseur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warnings: %1</source>
        <translation>Avertissements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScoreTile</name>
    <message>
        <location filename="../ui/health/HealthWidgets.cpp" line="+215"/>
        <source>&lt;b&gt;Stock-health score %1 / 100&lt;/b&gt; — the weighted mean of:</source>
        <translation>&lt;b&gt;Score de santé des stocks %1 / 100&lt;/b&gt; — moyenne pondérée de&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 against a target of %3 → %4 points (weight %5)</source>
        <translation>%1&#xa0;: %2 pour une cible de %3 → %4 points (poids %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured yet (left out, weights renormalised)</source>
        <translation>%1&#xa0;: pas encore mesuré (exclu, poids renormalisés)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+49"/>
        <source>Health score</source>
        <translation>Score de santé</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+60"/>
        <source>out of 100</source>
        <translation>sur 100</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>100.0% / 100%</source>
        <translation>100,0&#xa0;% / 100&#xa0;%</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Forecast accuracy</source>
        <translation>Précision des prévisions</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+78"/>
        <source>%1× / %2×</source>
        <translation>%1× / %2×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SegmentHeatMap</name>
    <message>
        <location line="+63"/>
        <location line="+35"/>
        <source>ABC × XYZ — rows and annual demand value</source>
        <translation>ABC × XYZ — lignes et valeur annuelle de la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CV ≤ 0.5</source>
        <translation>CV ≤ 0,5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CV ≤ 1</source>
        <translation>CV ≤ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CV &gt; 1</source>
        <translation>CV &gt; 1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+100"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Segment %1: %2 SKU × locations (%3 of rows), annual demand value %4 (%5 of the network). Click to list them.</source>
        <translation>Segment %1&#xa0;: %2 SKU × sites (%3 des lignes), valeur annuelle de la demande %4 (%5 du réseau). Cliquez pour les lister.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+53"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Printed on the purchase and transfer orders that Exports writes. Stored in the open database, %1.</source>
        <translation>Imprimé sur les commandes fournisseur et ordres de transfert produits par Exports. Enregistré dans la base ouverte, %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a database to edit the company details: they are stored in the database, with its orders.</source>
        <translation>Ouvrez une base de données pour modifier les coordonnées de l’entreprise&#xa0;: elles sont enregistrées dans la base, avec ses commandes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One address line per row.</source>
        <translation>Une ligne d’adresse par ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT id:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ame:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;rrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urchase order prefix:</source>
        <translation>Préfixe &amp;commande fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer order prefix:</source>
        <translation>Préfixe o&amp;rdre de transfert&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence di&amp;gits:</source>
        <translation>Chiffres du &amp;numéro&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EDI</source>
        <translation>EDI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sender id:</source>
        <translation>Identifiant d’é&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;X12 id qualifier:</source>
        <translation>Qualifiant d’ID &amp;X12&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDI&amp;FACT id qualifier:</source>
        <translation>Qualifiant d’ID EDI&amp;FACT&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;interchanges as test data</source>
        <translation>Marquer les échanges comme données de &amp;test</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The theme applies at once to every window, the charts and the network map included.</source>
        <translation>Le thème s’applique aussitôt à toutes les fenêtres, graphiques et carte du réseau compris.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source> weeks</source>
        <translation>&#xa0;semaines</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan horizon:</source>
        <translation>Horizon du &amp;plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;time limit:</source>
        <translation>&amp;Limite de temps du plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast horizon:</source>
        <translation>Horizon de &amp;prévision&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogrammes (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation>Livres (lb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cubic metres (m³)</source>
        <translation>Mètres cubes (m³)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cubic feet (ft³)</source>
        <translation>Pieds cubes (ft³)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Litres (L)</source>
        <translation>Litres (L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Poids en :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volumes in:</source>
        <translation>&amp;Volumes en :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Plans and Forecasts areas start from these values when a database is opened. Weights and volumes are shown in the chosen units; the database keeps kilograms and cubic metres.</source>
        <translation>Les zones Plans et Prévisions partent de ces valeurs à l’ouverture d’une base de données. Poids et volumes s’affichent dans les unités choisies ; la base de données conserve kilogrammes et mètres cubes.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::Shortcuts</name>
    <message>
        <location filename="../ui/common/Shortcuts.cpp" line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SimulationResultModel</name>
    <message>
        <location filename="../ui/tiers/TierModels.cpp" line="+435"/>
        <source>The highest planned load of a location over its capacity once the sample, scaled to the forecast, is routed this way</source>
        <translation>La charge planifiée la plus élevée d&apos;un site par rapport à sa capacité, une fois l&apos;échantillon, mis à l&apos;échelle de la prévision, routé ainsi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost / order</source>
        <translation>Coût / commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Fractionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfilled lines</source>
        <translation>Lignes non servies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max load</source>
        <translation>Charge max.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SkuDiffModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+227"/>
        <source>Demand %1 · transfers %2 · purchases %3 (worth %4)</source>
        <translation>Demande %1 · transferts %2 · achats %3 (valeur %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units %1 plans to move (transfers and purchases)</source>
        <translation>Unités que %1 prévoit de déplacer (transferts et achats)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest change</source>
        <translation>Plus grand changement</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SqlTableModel</name>
    <message>
        <location filename="../ui/browser/SqlTableModel.cpp" line="+23"/>
        <source>Abs error</source>
        <translation>Erreur absolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy batch</source>
        <translation>Lot d&apos;import de la précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy buckets</source>
        <translation>Périodes de la précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adi</source>
        <translation>ADI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest bias</source>
        <translation>Biais de backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest mae</source>
        <translation>MAE de backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest mase</source>
        <translation>MASE de backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest origins</source>
        <translation>Origines de backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest rmse</source>
        <translation>RMSE de backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound</source>
        <translation>Borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket days</source>
        <translation>Jours par période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reason</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Méthodes candidates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity per period</source>
        <translation>Capacité par période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity units</source>
        <translation>Capacité (unités)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity volume</source>
        <translation>Volume de capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Censored</source>
        <translation>Périodes censurées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleansed</source>
        <translation>Nettoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cltv</source>
        <translation>CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed at</source>
        <translation>Calculé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per unit</source>
        <translation>Coût par unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cv2</source>
        <translation>CV²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand class</source>
        <translation>Classe de demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration ms</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity key</source>
        <translation>Clé de l&apos;entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished at</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed cost</source>
        <translation>Coût fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast run</source>
        <translation>Calcul de prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format version</source>
        <translation>Version du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From location</source>
        <translation>Site d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Manutention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling cost</source>
        <translation>Coût de manutention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling fee</source>
        <translation>Frais de manutention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi80</source>
        <translation>Haut 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi95</source>
        <translation>Haut 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History end</source>
        <translation>Fin de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History start</source>
        <translation>Début de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Données d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time days</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time sd days</source>
        <translation>Écart-type du délai (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line count</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo80</source>
        <translation>Bas 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo95</source>
        <translation>Bas 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location code</source>
        <translation>Code site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mape</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup pct</source>
        <translation>Majoration (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mase</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model columns</source>
        <translation>Colonnes du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model nonzeros</source>
        <translation>Coefficients non nuls du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model rows</source>
        <translation>Lignes du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moq</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order cost</source>
        <translation>Coût de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order multiple</source>
        <translation>Multiple de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ref</source>
        <translation>Réf. de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>D&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation>Valeurs aberrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent name</source>
        <translation>Scénario parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po group</source>
        <translation>Groupe de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash</source>
        <translation>Empreinte précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit share</source>
        <translation>Partage des bénéfices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit share pct</source>
        <translation>Partage des bénéfices (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo</source>
        <translation>Promo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed quantity</source>
        <translation>Quantité proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran at</source>
        <translation>Exécuté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows accepted</source>
        <translation>Lignes acceptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf life days</source>
        <translation>Durée de vie (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sku code</source>
        <translation>Code SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat wape</source>
        <translation>WAPE stat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier sku</source>
        <translation>SKU fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough</source>
        <translation>Approfondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To location</source>
        <translation>Site de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total quantity</source>
        <translation>Quantité totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value</source>
        <translation>Valeur totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking signal</source>
        <translation>Signal de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone at</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone by</source>
        <translation>Annulé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplift pct</source>
        <translation>Hausse (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Valide au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+310"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="-308"/>
        <location line="+306"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Wape</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+289"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 de %2&#xa0;: %3 → %4</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierAssignmentModel</name>
    <message>
        <location filename="../ui/tiers/TierModels.cpp" line="-206"/>
        <source>OK: %1 d within the %2 d promise</source>
        <translation>OK&#xa0;: %1 j pour une promesse de %2 j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not served</source>
        <translation>Non servi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lane via %2</source>
        <translation>liaison %1 via %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d of %2 d</source>
        <translation>%1 j sur %2 j</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serves from</source>
        <translation>Servie depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallbacks at capacity</source>
        <translation>Repli si saturé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost / unit</source>
        <translation>Coût / unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierDefinitionModel</name>
    <message>
        <location line="-218"/>
        <source>when at capacity</source>
        <translation>si saturé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ P%1</source>
        <translation>≥ P%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers whose CLTV is at or above this percentile (0–100)</source>
        <translation>Clients dont la CLTV est au moins à ce percentile (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers whose CLTV is at least this score</source>
        <translation>Clients dont la CLTV atteint au moins ce score</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLTV percentile</source>
        <translation>Percentile CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTV score</source>
        <translation>Score CLTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consolidate</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive</source>
        <translation>Incitation</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierMapWidget</name>
    <message>
        <location filename="../ui/tiers/TierMapWidget.cpp" line="+114"/>
        <source>serves the region</source>
        <translation>sert la région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fallback at capacity</source>
        <translation>repli si saturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflows (at capacity)</source>
        <translation>débordement (saturé)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierView</name>
    <message>
        <location filename="../ui/tiers/TierView.cpp" line="+168"/>
        <source>Thresholds by</source>
        <translation>Seuils par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLTV percentile</source>
        <translation>Percentile CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTV score</source>
        <translation>Score CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentile: the share of customers with a lower CLTV (0–100). Score: the customer lifetime value itself.</source>
        <translation>Percentile&#xa0;: la part des clients ayant une CLTV inférieure (0–100). Score&#xa0;: la valeur vie client elle-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+338"/>
        <source>Store this configuration as a new version in the database.</source>
        <translation>Enregistrer cette configuration comme nouvelle version dans la base.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Import JSON…</source>
        <translation>Importer un JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Tiers&lt;/b&gt; — double-click a cell to edit; customers fall into the first tier whose threshold they reach</source>
        <translation>&lt;b&gt;Paliers&lt;/b&gt; — double-cliquez sur une cellule pour la modifier&#xa0;; chaque client entre dans le premier palier dont il atteint le seuil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Per region&lt;/b&gt; — the location that serves it and where orders go when it is at capacity</source>
        <translation>&lt;b&gt;Par région&lt;/b&gt; — le site qui la sert et où vont les commandes quand il est saturé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing simulation</source>
        <translation>Simulation de routage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All policies</source>
        <translation>Toutes les politiques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import tier configuration</source>
        <translation>Importer une configuration de paliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export tier configuration</source>
        <translation>Exporter la configuration de paliers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export tier assignments</source>
        <translation>Exporter les affectations aux paliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the network (forecast demand, stock, plans)…</source>
        <translation>Lecture du réseau (demande prévue, stock, plans)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 locations, %2 customer regions, %3 customers.</source>
        <translation>%1 sites, %2 régions clients, %3 clients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network could not be read: %1</source>
        <translation>Le réseau n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Tier configuration “%1”&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Configuration de paliers «&#xa0;%1&#xa0;»&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1, changed (not saved)</source>
        <translation>version %1, modifiée (non enregistrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid: every region is served by every tier within its promise.</source>
        <translation>Valide&#xa0;: chaque région est servie par chaque palier dans les limites de sa promesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The definitions are valid; the regions are checked once the network is read.</source>
        <translation>Les définitions sont valides&#xa0;; les régions sont vérifiées une fois le réseau lu.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2, %3 d promise</source>
        <translation>%1&#xa0;: %2, promesse de %3 j</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the errors first: a configuration with errors is not stored.</source>
        <translation>Corrigez d&apos;abord les erreurs&#xa0;: une configuration comportant des erreurs n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promise</source>
        <translation>promesse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capacity reserve</source>
        <translation>réserve de capacité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>express lanes</source>
        <translation>liaisons express</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consolidation</source>
        <translation>consolidation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incentive</source>
        <translation>incitation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the %1 of %2</source>
        <translation>Modifier&#xa0;: %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thresholds by CLTV percentile</source>
        <translation>Seuils par percentile CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds by CLTV score</source>
        <translation>Seuils par score CLTV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The configuration has errors and was not stored.</source>
        <translation>La configuration comporte des erreurs et n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saved in the tier editor</source>
        <translation>enregistrée dans l&apos;éditeur de paliers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 is already stored exactly so.</source>
        <translation>La version %1 est déjà enregistrée à l&apos;identique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored as version %1.</source>
        <translation>Enregistrée comme version %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: review it, then save it as a new version.</source>
        <translation>%1 importé&#xa0;: vérifiez-le, puis enregistrez-le comme nouvelle version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulating…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 orders (seed %2); each sampled unit stands for %3 forecast units.</source>
        <translation>%1 commandes (graine %2)&#xa0;; chaque unité échantillonnée représente %3 unités prévues.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulation failed: %1</source>
        <translation>La simulation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TransferLineModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="-386"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ships</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::UndoJournalKeeper</name>
    <message>
        <location filename="../ui/undo/UndoJournalKeeper.cpp" line="+77"/>
        <source>The stored edit history holds an edit of unknown kind &quot;%1&quot;.</source>
        <translation>L’historique des modifications enregistré contient une modification de type inconnu « %1 ».</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The stored edit history is not valid JSON: %1.</source>
        <translation>L’historique des modifications enregistré n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored edit history holds an entry that is not a JSON object.</source>
        <translation>L’historique des modifications enregistré contient une entrée qui n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>The edit history of the last session was not restored: %1</source>
        <translation>L’historique des modifications de la dernière session n’a pas été restauré : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits of this session are not kept after it ends.</source>
        <translation>Les modifications de cette session ne sont pas conservées après sa fin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The edit history of the last session was not restored: it belongs to user %1.</source>
        <translation>L’historique des modifications de la dernière session n’a pas été restauré : il appartient à l’utilisateur %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edit history of the last session was not restored: the data was changed since (an import, or an edit made outside this window), so undoing those edits could overwrite newer ones.</source>
        <translation>L’historique des modifications de la dernière session n’a pas été restauré : les données ont changé depuis (une importation, ou une modification faite hors de cette fenêtre), et annuler ces modifications pourrait écraser des changements plus récents.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it holds more undone steps than the history keeps.</source>
        <translation>il contient plus d’étapes annulées que l’historique n’en conserve.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored the edit history of the last session. Edits: %1, of them undone: %2.</source>
        <translation>Historique des modifications de la dernière session restauré. Modifications : %1, dont annulées : %2.</translation>
    </message>
</context>
</TS>
