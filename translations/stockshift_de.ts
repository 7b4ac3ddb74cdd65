<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stockshift::App</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+37"/>
        <source>Creating the demo network…</source>
        <translation>Demo-Netzwerk wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Stockshift – Arbeitsplatz für die Bestandsplanung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database to open (default: yours, with the demo network on first run).</source>
        <translation>Zu öffnende Datenbank (Standard: Ihre eigene, beim ersten Start mit dem Demo-Netzwerk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area to show first: network, browser, forecasts, health, plans, exports.</source>
        <translation>Zuerst angezeigter Bereich: network, browser, forecasts, health, plans, exports.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Einen Screenshot des Fensters speichern und beenden.</translation>
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
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CycleCommand.cpp" line="-405"/>
        <source>Output folder (default: ./stockshift-out).</source>
        <translation>Ausgabeordner (Standard: ./stockshift-out).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DemoCommand.cpp" line="-50"/>
        <location filename="../app/cli/ExportCommand.cpp" line="-241"/>
        <location filename="../app/cli/ImportCommand.cpp" line="-160"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed of the demo network (default 42).</source>
        <translation>Zufallsstartwert des Demo-Netzwerks (Standard 42).</translation>
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
        <translation>Anzahl der SKUs (Standard 300).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit of the joint plan in seconds (default 45).</source>
        <translation>Zeitlimit des gemeinsamen Plans in Sekunden (Standard 45).</translation>
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
        <translation>Eine maschinenlesbare Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs the whole planning cycle on a fresh demo network and writes every output into one folder.</source>
        <translation>Führt den gesamten Planungszyklus auf einem frischen Demo-Netzwerk aus und schreibt alle Ergebnisse in einen Ordner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 SKUs, %2 locations, %3 sales rows written to %4</source>
        <translation>%1 SKUs, %2 Standorte, %3 Verkaufszeilen nach %4 geschrieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 rows accepted, %3 rejected</source>
        <translation>%1: %2 Zeilen übernommen, %3 abgewiesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 series forecast from the history up to %2 in %3 s</source>
        <translation>%1 Zeitreihen prognostiziert aus der Historie bis %2 in %3 s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 series in %2 s (%3 outlier and %4 stockout buckets cleansed), backtest MASE %5, written to %6 and %7</source>
        <translation>%1 Zeitreihen in %2 s (%3 Ausreißer- und %4 Fehlbestandsperioden bereinigt), Backtest-MASE %5, geschrieben nach %6 und %7</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>backcast against the actuals: WAPE %1%, MASE %2, bias %3%; %4 alerts; written to %5</source>
        <translation>Rückprognose gegen die Istwerte: WAPE %1 %, MASE %2, Bias %3 %; %4 Warnungen; geschrieben nach %5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 SKU × locations: score %2, %3 out of stock, %4 critical, %5 below the reorder point, %6 expiring, %7 overstocked; %8 to order now; %9 alerts open; written to %10 and %11</source>
        <translation>%1 SKU × Standorte: Score %2, %3 ohne Bestand, %4 kritisch, %5 unter Meldebestand, %6 mit Verfall, %7 Überbestand; %8 jetzt zu bestellen; %9 Warnungen offen; geschrieben nach %10 und %11</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>joint plan %1 (%2, gap %3%, %4 s): %5 transfer and %6 purchase lines; simulated cost %7 at fill rate %8% against %9 at %10% for greedy transfers with reorder-point purchases (%11% less); written to %12 and %13</source>
        <translation>Gemeinsamer Plan %1 (%2, Gap %3 %, %4 s): %5 Umlagerungs- und %6 Bestellzeilen; simulierte Kosten %7 bei Füllrate %8 % gegenüber %9 bei %10 % für gierige Umlagerungen mit Meldebestandsbestellungen (%11 % weniger); geschrieben nach %12 und %13</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>plan %1 approved; %2 purchase orders (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) and %3 transfer orders (CSV, PDF pick lists): %4 files in %5; %6 settlement ledger entries</source>
        <translation>Plan %1 freigegeben; %2 Bestellungen (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) und %3 Umlagerungsaufträge (CSV, PDF-Kommissionierlisten): %4 Dateien in %5; %6 Einträge im Abrechnungsjournal</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tiers error: %1</source>
        <translation>Fehler in den Stufen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tiers warning: %1</source>
        <translation>Warnung zu den Stufen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planning cycle</source>
        <translation>Planungszyklus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2% on time at %3 per order</source>
        <translation>%1 %2 % pünktlich bei %3 je Auftrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tiers × %2 regions, version %3, %4 errors and %5 warnings, written to %6 and %7; %8 simulated orders: %9</source>
        <translation>%1 Stufen × %2 Regionen, Version %3, %4 Fehler und %5 Warnungen, geschrieben nach %6 und %7; %8 simulierte Aufträge: %9</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>written to %1</source>
        <translation>geschrieben nach %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning cycle finished in %1 s. Outputs are in %2 (database %3).</source>
        <translation>Planungszyklus in %1 s abgeschlossen. Die Ergebnisse liegen in %2 (Datenbank %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="-9"/>
        <source>Database to create (default: the user&apos;s database).</source>
        <translation>Zu erstellende Datenbank (Standard: die Datenbank des Benutzers).</translation>
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
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the network as CSV files into this folder instead.</source>
        <translation>Das Netzwerk stattdessen als CSV-Dateien in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 42).</source>
        <translation>Zufallsstartwert (Standard 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of locations (default 20).</source>
        <translation>Anzahl der Standorte (Standard 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of sales history (default 730).</source>
        <translation>Tage Verkaufshistorie (Standard 730).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing when the database already holds a network.</source>
        <translation>Nichts tun, wenn die Datenbank bereits ein Netzwerk enthält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generates a deterministic demo network (same seed, same data).</source>
        <translation>Erzeugt ein deterministisches Demo-Netzwerk (gleicher Startwert, gleiche Daten).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 already holds a network; nothing to do.</source>
        <translation>%1 enthält bereits ein Netzwerk; nichts zu tun.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo network written to %1: %2 locations, %3 SKUs, %4 sales rows, %5 stock rows, %6 lanes, %7 suppliers, %8 open orders, %9 customers (%10 s).</source>
        <translation>Demo-Netzwerk nach %1 geschrieben: %2 Standorte, %3 SKUs, %4 Verkaufszeilen, %5 Bestandszeilen, %6 Relationen, %7 Lieferanten, %8 offene Aufträge, %9 Kunden (%10 s).</translation>
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
        <translation>Datenbankdatei (Standard: die Datenbank des Benutzers).</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>The plan whose approved lines are exported.</source>
        <translation>Der Plan, dessen freigegebene Zeilen exportiert werden.</translation>
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
        <translation>csv, pdf, x12, edifact oder json; mehrere durch Kommas getrennt, oder all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv or pdf (a pick list); both separated by a comma, or all.</source>
        <translation>csv oder pdf (eine Kommissionierliste); beide durch ein Komma getrennt, oder all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder (created when missing).</source>
        <translation>Ausgabeordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter: , ; tab or | (default: the profile&apos;s).</source>
        <translation>CSV-Trennzeichen: , ; tab oder | (Standard: das des Profils).</translation>
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
        <translation>CSV-Zahlen mit Dezimalkomma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV in UTF-8 without a byte order mark.</source>
        <translation>CSV in UTF-8 ohne Byte Order Mark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue orders already exported as their next revision.</source>
        <translation>Bereits exportierte Aufträge als nächste Revision neu ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV layout: generic or an import profile (%1) or a profile JSON file, so the file re-imports into that ERP.</source>
        <translation>CSV-Layout: generic, ein Importprofil (%1) oder eine Profil-JSON-Datei, damit sich die Datei wieder in dieses ERP importieren lässt.</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the purchase orders formed by a plan&apos;s approved purchase lines (per supplier, delivery location and order date) and records them.</source>
        <translation>Schreibt die Bestellungen aus den freigegebenen Bestellzeilen eines Plans (je Lieferant, Lieferort und Bestelldatum) und protokolliert sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the transfer orders formed by a plan&apos;s approved transfer lines (per source location) and records them; transfers from partners go to the settlement ledger.</source>
        <translation>Schreibt die Umlagerungsaufträge aus den freigegebenen Umlagerungszeilen eines Plans (je Quellstandort) und protokolliert sie; Umlagerungen von Partnern gehen ins Abrechnungsjournal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs --plan and --out.</source>
        <translation>%1 benötigt --plan und --out.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown format &quot;%1&quot; for %2.</source>
        <translation>Unbekanntes Format „%1“ für %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--delimiter must be , ; tab or |.</source>
        <translation>--delimiter muss , ; tab oder | sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A decimal comma needs another delimiter (--delimiter ;).</source>
        <translation>Ein Dezimalkomma erfordert ein anderes Trennzeichen (--delimiter ;).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+99"/>
        <source>(several)</source>
        <translation>(mehrere)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 new and %2 revised %3 orders, %4 files written to %5%6.</source>
        <translation>%1 neue und %2 revidierte Aufträge (%3), %4 Dateien geschrieben nach %5%6.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-14"/>
        <source>purchase</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+0"/>
        <source>transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 settlement ledger entries</source>
        <translation>; %1 Einträge im Abrechnungsjournal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order number (purchase or transfer order).</source>
        <translation>Die Auftragsnummer (Bestellung oder Umlagerungsauftrag).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is cancelled (kept in the audit log).</source>
        <translation>Grund der Stornierung (bleibt im Prüfprotokoll).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-1"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-225"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-342"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancels an exported order: its lines become cancelled, its number is never given out again; audited.</source>
        <translation>Storniert einen exportierten Auftrag: seine Zeilen werden storniert, seine Nummer wird nie wieder vergeben; protokolliert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export cancel needs --po.</source>
        <translation>export cancel benötigt --po.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order %1 cancelled (%2 lines).</source>
        <translation>Auftrag %1 storniert (%2 Zeilen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only this plan&apos;s orders.</source>
        <translation>Nur die Aufträge dieses Plans.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the orders as JSON.</source>
        <translation>Die Aufträge als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the exported and cancelled orders, newest first.</source>
        <translation>Listet die exportierten und stornierten Aufträge auf, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No orders were exported yet.</source>
        <translation>Es wurden noch keine Aufträge exportiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled %1: %2</source>
        <translation>storniert %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported %1</source>
        <translation>exportiert %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2; empty resets to &quot;%3&quot;).</source>
        <translation>%1 (%2; leer setzt auf „%3“ zurück).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>Die Einstellungen als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the company, buyer, numbering and EDI settings that orders carry, and sets them.</source>
        <translation>Zeigt die Firmen-, Einkäufer-, Nummerierungs- und EDI-Einstellungen der Aufträge an und setzt sie.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Usage: stockshift-cli export pos|transfers|cancel|list|settings [options] (each has --help).</source>
        <translation>Aufruf: stockshift-cli export pos|transfers|cancel|list|settings [Optionen] (jeweils mit --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastCommand.cpp" line="-8"/>
        <source>Buckets to forecast (default 13).</source>
        <translation>Zu prognostizierende Perioden (Standard 13).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day or week (default week).</source>
        <translation>day oder week (Standard week).</translation>
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
        <translation>auto (je Zeitreihe: Backtest mit rollierendem Ursprung unter den Methoden ihrer Bedarfsklasse) oder eine von: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="+3"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-177"/>
        <source>Worker threads (default: all cores).</source>
        <translation>Worker-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling backtest origins for the automatic selection (default 3).</source>
        <translation>Rollierende Backtest-Ursprünge für die automatische Auswahl (Standard 3).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the history up to this date only (yyyy-mm-dd): a backcast whose accuracy can be measured against the sales after it.</source>
        <translation>Nur die Historie bis zu diesem Datum verwenden (JJJJ-MM-TT): eine Rückprognose, deren Genauigkeit an den späteren Verkäufen gemessen werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-4"/>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of the most valuable series get every method family (ETS, ARIMA, regression besides the fast ones); -1 = all (default 10000).</source>
        <translation>Wie viele der wertvollsten Zeitreihen alle Methodenfamilien erhalten (ETS, ARIMA, Regression neben den schnellen); -1 = alle (Standard 10000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn from the raw history: no outlier cutting, no imputation of stockout days.</source>
        <translation>Aus der Rohhistorie lernen: kein Kappen von Ausreißern, kein Ersetzen von Fehlbestandstagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecasts every active SKU × location from its sales history and stores the run.</source>
        <translation>Prognostiziert jede aktive SKU × Standort aus ihrer Verkaufshistorie und speichert den Lauf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--as-of must be a date (yyyy-mm-dd), not &quot;%1&quot;.</source>
        <translation>--as-of muss ein Datum sein (JJJJ-MM-TT), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bucket must be day or week, not &quot;%1&quot;.</source>
        <translation>--bucket muss day oder week sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Forecast run %1: %2 series (%3 failed) from history up to %4, in %5 s.
Demand classes: %6.
Methods: %7.
Backtest: mean MASE %8, WAPE %9%.</source>
        <translation>Prognoselauf %1: %2 Zeitreihen (%3 fehlgeschlagen) aus der Historie bis %4, in %5 s.
Bedarfsklassen: %6.
Methoden: %7.
Backtest: mittlerer MASE %8, WAPE %9 %.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cleansed history: %1 outlier buckets cut, %2 stockout buckets imputed (forecast_adjustments).</source>
        <translation>Bereinigte Historie: %1 Ausreißerperioden gekappt, %2 Fehlbestandsperioden ersetzt (forecast_adjustments).</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="-16"/>
        <source>The series file.</source>
        <translation>Die Zeitreihendatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m3 (id,v1,v2,… without header), m4 (quoted header, id first) or long (series_id,t,value).</source>
        <translation>m3 (id,v1,v2,… ohne Kopfzeile), m4 (Kopfzeile in Anführungszeichen, id zuerst) oder long (series_id,t,value).</translation>
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
        <translation>Saisonlänge: 1 keine, 4 quartalsweise, 7 täglich, 12 monatlich, 52 wöchentlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps to forecast.</source>
        <translation>Zu prognostizierende Schritte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (per series: rolling-origin backtest over the horizon, the ETS/Theta/ARIMA ensemble unless another method is clearly better) or one of: %1.</source>
        <translation>auto (je Zeitreihe: Backtest mit rollierendem Ursprung über den Horizont, das ETS/Theta/ARIMA-Ensemble, sofern keine andere Methode klar besser ist) oder eine von: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output CSV: series_id,h,forecast,lo80,hi80,lo95,hi95.</source>
        <translation>Ausgabe-CSV: series_id,h,forecast,lo80,hi80,lo95,hi95.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecasts every series of a file with prediction intervals.</source>
        <translation>Prognostiziert jede Zeitreihe einer Datei mit Prognoseintervallen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be m3, m4 or long, not &quot;%1&quot;.</source>
        <translation>--format muss m3, m4 oder long sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+10"/>
        <source>%1: not forecast: %2</source>
        <translation>%1: nicht prognostiziert: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 series forecast, %2 left out, in %3 s; written to %4.</source>
        <translation>%1 Zeitreihen prognostiziert, %2 ausgelassen, in %3 s; geschrieben nach %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-206"/>
        <source>Unknown location &quot;%1&quot;.</source>
        <translation>Unbekannter Standort „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown SKU &quot;%1&quot;.</source>
        <translation>Unbekannte SKU „%1“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Forecast run (default: the newest).</source>
        <translation>Prognoselauf (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>series (SKU x location), location, region, category or network (default series).</source>
        <translation>series (SKU × Standort), location, region, category oder network (Standard series).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>LEVEL</source>
        <translation>EBENE</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>CSV file to write.</source>
        <translation>Zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a stored forecast, overrides applied, at any level as CSV.</source>
        <translation>Schreibt eine gespeicherte Prognose mit angewandten Korrekturen auf beliebiger Ebene als CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--level must be series, location, region, category or network.</source>
        <translation>--level muss series, location, region, category oder network sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecast run %1 at %2 level written to %3.</source>
        <translation>Prognoselauf %1 auf Ebene %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows to list: series, sku, location, category or network (default location).</source>
        <translation>Aufzulistende Zeilen: series, sku, location, category oder network (Standard location).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the N groups with the largest error (default 10).</source>
        <translation>Die N Gruppen mit dem größten Fehler auflisten (Standard 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the rows of that level as CSV.</source>
        <translation>Die Zeilen dieser Ebene zusätzlich als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every run again, even if nothing changed.</source>
        <translation>Jeden Lauf neu bewerten, auch wenn sich nichts geändert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures every stored forecast run against the sales that arrived after it (MAPE, WAPE, MASE, bias, tracking signal) and raises alerts when accuracy drops.</source>
        <translation>Misst jeden gespeicherten Prognoselauf an den danach eingegangenen Verkäufen (MAPE, WAPE, MASE, Bias, Tracking-Signal) und warnt, wenn die Genauigkeit sinkt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--level must be series, sku, location, category or network.</source>
        <translation>--level muss series, sku, location, category oder network sein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No forecast run has actuals yet: run a forecast with --as-of an earlier date, or import the sales that followed a run.</source>
        <translation>Noch kein Prognoselauf hat Istwerte: Führen Sie eine Prognose mit --as-of auf ein früheres Datum aus oder importieren Sie die Verkäufe nach einem Lauf.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Run %1 (%2 series, %3 buckets with actuals, %4 runs evaluated): WAPE %5%, MAPE %6%, MASE %7, bias %8%, tracking signal %9; statistical forecast alone: WAPE %10%.</source>
        <translation>Lauf %1 (%2 Zeitreihen, %3 Perioden mit Istwerten, %4 Läufe bewertet): WAPE %5 %, MAPE %6 %, MASE %7, Bias %8 %, Tracking-Signal %9; nur statistische Prognose: WAPE %10 %.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Largest errors by %1:</source>
        <translation>Größte Fehler nach %1:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert (%1): %2</source>
        <translation>Warnung (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add, list, undo or redo</source>
        <translation>add, list, undo oder redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/HealthCommand.cpp" line="+236"/>
        <source>Location code.</source>
        <translation>Standortcode.</translation>
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
        <translation>SKU-Code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bucket start covered (yyyy-mm-dd).</source>
        <translation>Beginn der ersten abgedeckten Periode (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bucket start covered (yyyy-mm-dd).</source>
        <translation>Beginn der letzten abgedeckten Periode (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the forecast to Q per bucket.</source>
        <translation>Die Prognose auf Q je Periode setzen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply the forecast by F (1.2 = +20%).</source>
        <translation>Die Prognose mit F multiplizieren (1.2 = +20 %).</translation>
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
        <translation>Begründung (für add erforderlich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who (default: the login name).</source>
        <translation>Wer (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override id (undo, redo).</source>
        <translation>Korrektur-ID (undo, redo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: include undone overrides.</source>
        <translation>list: auch zurückgenommene Korrekturen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable output.</source>
        <translation>Maschinenlesbar ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner overrides of the forecast: add one (set or scale a SKU x location over a date range, with a reason), list them, undo or redo one. Every change is audited.</source>
        <translation>Prognosekorrekturen des Planers: eine hinzufügen (SKU × Standort über einen Zeitraum setzen oder skalieren, mit Begründung), auflisten, zurücknehmen oder wiederherstellen. Jede Änderung wird protokolliert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from and --to must be dates (yyyy-mm-dd).</source>
        <translation>--from und --to müssen Datumsangaben sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give exactly one of --set Q and --scale F.</source>
        <translation>Geben Sie genau eines von --set Q und --scale F an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The override&apos;s value must be a number.</source>
        <translation>Der Wert der Korrektur muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Override %1 added: %2.</source>
        <translation>Korrektur %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--id N is required.</source>
        <translation>--id N ist erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override %1 undone.</source>
        <translation>Korrektur %1 zurückgenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override %1 in force again.</source>
        <translation>Korrektur %1 wieder in Kraft.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>  (undone %1)</source>
        <translation>  (zurückgenommen %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give an action: add, list, undo or redo.</source>
        <translation>Geben Sie eine Aktion an: add, list, undo oder redo.</translation>
    </message>
    <message>
        <location filename="../app/cli/HealthCommand.cpp" line="-238"/>
        <source>Also write the rows as CSV.</source>
        <translation>Die Zeilen zusätzlich als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: score %2 · %3 rows: %4 out, %5 critical, %6 below ROP, %7 expiring, %8 overstock, %9 healthy</source>
        <translation>%1: Score %2 · %3 Zeilen: %4 ohne Bestand, %5 kritisch, %6 unter MB, %7 mit Verfall, %8 Überbestand, %9 gesund</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · stock %1, turnover %2, %3 days of inventory, in stock %4%</source>
        <translation> · Bestand %1, Umschlag %2, %3 Tage Reichweite, Verfügbarkeit %4 %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stock health per SKU × location (status, cover, value, expiry), rolled up by location, with the health score and its parts; raises and resolves the stock alerts.</source>
        <translation>Bestandsgesundheit je SKU × Standort (Status, Reichweite, Wert, Verfall), verdichtet je Standort, mit dem Gesundheitsscore und seinen Anteilen; löst Bestandswarnungen aus und schließt sie.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stock health as of %1 (%2 SKU × location rows, demand from %3):</source>
        <translation>Bestandsgesundheit zum %1 (%2 Zeilen SKU × Standort, Bedarf aus %3):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>Prognoselauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales history, no forecast run</source>
        <translation>Verkaufshistorie, kein Prognoselauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (target %3): %4 points</source>
        <translation>%1 %2 (Ziel %3): %4 Punkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not measured</source>
        <translation>%1: nicht gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score parts: %1.</source>
        <translation>Score-Anteile: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts: %1 raised, %2 still open, %3 resolved. Computed in %4 s (read %5 s).</source>
        <translation>Warnungen: %1 ausgelöst, %2 weiterhin offen, %3 geschlossen. Berechnet in %4 s (gelesen %5 s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>default, A, B, C or AX … CZ.</source>
        <translation>default, A, B, C oder AX … CZ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location code (override).</source>
        <translation>Standortcode (Ausnahme).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU code (override).</source>
        <translation>SKU-Code (Ausnahme).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required for an override).</source>
        <translation>Begründung (für eine Ausnahme erforderlich).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameters as JSON, e.g. {&quot;serviceLevel&quot;:0.97}; {} clears the rule or override.</source>
        <translation>Die Parameter als JSON, z. B. {&quot;serviceLevel&quot;:0.97}; {} löscht die Regel oder Ausnahme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sets the policy of one SKU × location (audited).</source>
        <translation>Setzt die Strategie einer SKU × Standort (protokolliert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the policy rule of a segment (audited).</source>
        <translation>Setzt die Strategieregel eines Segments (protokolliert).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--json must be a JSON object: %1</source>
        <translation>--json muss ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown location &quot;%1&quot; or SKU &quot;%2&quot;.</source>
        <translation>Unbekannter Standort „%1“ oder unbekannte SKU „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy saved.</source>
        <translation>Strategie gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated days per run (default 730).</source>
        <translation>Simulierte Tage je Lauf (Standard 730).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs (default 20).</source>
        <translation>Läufe (Standard 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+131"/>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulates the recommended policy of one SKU × location day by day with demand drawn from its forecast: achieved service, fill rate, stock and cost.</source>
        <translation>Simuliert die empfohlene Strategie einer SKU × Standort Tag für Tag mit Bedarf aus ihrer Prognose: erreichter Servicegrad, Füllrate, Bestand und Kosten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot simulate: %1.</source>
        <translation>Simulation nicht möglich: %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 at %2, %3 policy (s %4, S %5), target %6%:</source>
        <translation>%1 in %2, %3-Strategie (s %4, S %5), Ziel %6 %:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  cycle service %1% over %2 cycles, fill rate %3%, average stock %4 units, %5 orders a year; cost a year: holding %6, ordering %7, lost margin %8.</source>
        <translation>  Zyklus-Servicegrad %1 % über %2 Zyklen, Füllrate %3 %, Durchschnittsbestand %4 Einheiten, %5 Bestellungen pro Jahr; Kosten pro Jahr: Lagerhaltung %6, Bestellung %7, entgangene Marge %8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No SKU × location %1 at %2 in the inventory.</source>
        <translation>Keine SKU × Standort %1 in %2 im Bestand.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Safety stock, reorder point, order-up-to level, EOQ and the suggested order per SKU × location, with every formula input (CSV). Also: policy set --scope S --json J | policy override --location L --sku K --reason R --json J | policy simulate --location L --sku K.</source>
        <translation>Sicherheitsbestand, Meldebestand, Bestellniveau, EOQ und der Bestellvorschlag je SKU × Standort, mit allen Formeleingaben (CSV). Außerdem: policy set --scope S --json J | policy override --location L --sku K --reason R --json J | policy simulate --location L --sku K.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Policies for %1 SKU × location rows: %2 to order now (%3 units, %4 at cost); safety stock worth %5; %6 rows cannot be computed (see the note column).</source>
        <translation>Strategien für %1 Zeilen SKU × Standort: %2 jetzt zu bestellen (%3 Einheiten, %4 zu Einstandspreis); Sicherheitsbestand im Wert von %5; %6 Zeilen nicht berechenbar (siehe Spalte note).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also list resolved alerts.</source>
        <translation>Auch geschlossene Warnungen auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the stock health first (raises and resolves).</source>
        <translation>Zuerst die Bestandsgesundheit neu berechnen (Warnungen auslösen und schließen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List at most N alerts (default 50; 0 = all).</source>
        <translation>Höchstens N Warnungen auflisten (Standard 50; 0 = alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the alerts as JSON.</source>
        <translation>Die Warnungen als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the open alerts (stock, expiry, overstock, stale data, forecast accuracy), critical first.</source>
        <translation>Listet die offenen Warnungen auf (Bestand, Verfall, Überbestand, veraltete Daten, Prognosegenauigkeit), kritische zuerst.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 alerts: %2 critical, %3 warnings, %4 info.</source>
        <translation>%1 Warnungen: %2 kritisch, %3 Warnungen, %4 Hinweise.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %1 more (--top 0 lists all).</source>
        <translation>… und %1 weitere (--top 0 listet alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="-41"/>
        <source>… %1 more problems (use --errors FILE.csv to get all of them).</source>
        <translation>… %1 weitere Probleme (mit --errors DATEI.csv erhalten Sie alle).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the file holds: %1. Default: from the file name (e.g. sales.csv).</source>
        <translation>Inhalt der Datei: %1. Standard: aus dem Dateinamen (z. B. sales.csv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every known file of a folder (locations.csv, skus.csv, …) in dependency order.</source>
        <translation>Alle bekannten Dateien eines Ordners (locations.csv, skus.csv, …) in Abhängigkeitsreihenfolge importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping profile: a built-in name (%1) or a JSON file.</source>
        <translation>Zuordnungsprofil: ein eingebauter Name (%1) oder eine JSON-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile JSON file (same as --profile FILE).</source>
        <translation>JSON-Datei des Zuordnungsprofils (wie --profile DATEI).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate only; write nothing.</source>
        <translation>Nur prüfen; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upsert (default) or replace (rows of this kind not in the file are removed; master data is deactivated).</source>
        <translation>upsert (Standard) oder replace (Zeilen dieser Art, die nicht in der Datei stehen, werden entfernt; Stammdaten werden deaktiviert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is rejected.</source>
        <translation>Nichts importieren, wenn eine Zeile abgewiesen wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create unknown SKU, location and supplier codes.</source>
        <translation>Unbekannte SKU-, Standort- und Lieferantencodes anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every problem to this CSV file.</source>
        <translation>Jedes Problem in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation>Feldtrennzeichen: , ; tab | (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal separator: . or , (default: detected).</source>
        <translation>Dezimaltrennzeichen: . oder , (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iso, dmy, mdy, yyyymmdd or excel (default: detected).</source>
        <translation>iso, dmy, mdy, yyyymmdd oder excel (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be oder windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENC</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports an ERP CSV export into the database. Every row is validated; bad rows are reported with line, column and reason and the rest is committed in one transaction.</source>
        <translation>Importiert einen ERP-CSV-Export in die Datenbank. Jede Zeile wird geprüft; fehlerhafte Zeilen werden mit Zeile, Spalte und Grund gemeldet, der Rest wird in einer Transaktion übernommen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--mode must be upsert or replace, not &quot;%1&quot;.</source>
        <translation>--mode muss upsert oder replace sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown delimiter &quot;%1&quot;; use , ; tab or |.</source>
        <translation>Unbekanntes Trennzeichen „%1“; verwenden Sie , ; tab oder |.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--decimal must be . or ,</source>
        <translation>--decimal muss . oder , sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown date format &quot;%1&quot;; use iso, dmy, mdy, yyyymmdd or excel.</source>
        <translation>Unbekanntes Datumsformat „%1“; verwenden Sie iso, dmy, mdy, yyyymmdd oder excel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unbekannte Kodierung „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 holds none of the known files (locations.csv, skus.csv, …).</source>
        <translation>Der Ordner %1 enthält keine der bekannten Dateien (locations.csv, skus.csv, …).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the file to import with --file (or a folder with --dir).</source>
        <translation>Geben Sie die zu importierende Datei mit --file an (oder einen Ordner mit --dir).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Art „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot tell what %1 holds from its name; give --kind (%2).</source>
        <translation>Der Inhalt von %1 ist am Namen nicht erkennbar; geben Sie --kind an (%2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Forecast accuracy could not be updated: %1</source>
        <translation>Die Prognosegenauigkeit konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Forecast accuracy updated: run %1 against the actuals, WAPE %2%, bias %3%; %n new alert(s) (stockshift-cli accuracy).</source>
        <translation>
            <numerusform>Prognosegenauigkeit aktualisiert: Lauf %1 gegen die Istwerte, WAPE %2 %, Bias %3 %; %n neue Warnung (stockshift-cli accuracy).</numerusform>
            <numerusform>Prognosegenauigkeit aktualisiert: Lauf %1 gegen die Istwerte, WAPE %2 %, Bias %3 %; %n neue Warnungen (stockshift-cli accuracy).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+1"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows counts per table, the sales history range and the last imports.</source>
        <translation>Zeigt die Anzahl je Tabelle, den Zeitraum der Verkaufshistorie und die letzten Importe.</translation>
    </message>
    <message>
        <location filename="../app/cli/LedgerCommand.cpp" line="-9"/>
        <source>Usage: stockshift-cli ledger verify|export [options] (each has --help).</source>
        <translation>Aufruf: stockshift-cli ledger verify|export [Optionen] (jeweils mit --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The partner&apos;s location code.</source>
        <translation>Der Standortcode des Partners.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement file: .csv or .pdf.</source>
        <translation>Abrechnungsdatei: .csv oder .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes a partner&apos;s settlement statement (CSV or PDF).</source>
        <translation>Schreibt die Abrechnung eines Partners (CSV oder PDF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks every entry of the settlement ledger and the chain that links them; exit code 1 when something was changed.</source>
        <translation>Prüft jeden Eintrag des Abrechnungsjournals und die Kette, die sie verbindet; Exit-Code 1, wenn etwas verändert wurde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settlement ledger is intact: %1 entries, every one chained to the one before.</source>
        <translation>Das Abrechnungsjournal ist unversehrt: %1 Einträge, jeder mit dem vorherigen verkettet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settlement ledger was tampered with: %1</source>
        <translation>Das Abrechnungsjournal wurde manipuliert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ledger export needs --partner and --out.</source>
        <translation>ledger export benötigt --partner und --out.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Statement of %1 written to %2: %3 entries, owed to it %4, owed by it %5, net %6; ledger %7.</source>
        <translation>Abrechnung von %1 nach %2 geschrieben: %3 Einträge, Forderungen %4, Verbindlichkeiten %5, netto %6; Journal %7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT verified</source>
        <translation>NICHT geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+29"/>
        <source>Generate the demo network into a database or a CSV folder</source>
        <translation>Das Demo-Netzwerk in eine Datenbank oder einen CSV-Ordner erzeugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an ERP CSV export (or a folder of them)</source>
        <translation>Einen ERP-CSV-Export (oder einen Ordner davon) importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what a database holds</source>
        <translation>Anzeigen, was eine Datenbank enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast every active SKU x location and store the run</source>
        <translation>Jede aktive SKU × Standort prognostizieren und den Lauf speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a stored forecast (overrides applied) at any level as CSV</source>
        <translation>Eine gespeicherte Prognose (mit Korrekturen) auf beliebiger Ebene als CSV schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure stored forecasts against the actuals that arrived; alerts</source>
        <translation>Gespeicherte Prognosen an den eingegangenen Istwerten messen; Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, list, undo or redo forecast overrides</source>
        <translation>Prognosekorrekturen hinzufügen, auflisten, zurücknehmen, wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock health, score and alerts per SKU x location and location</source>
        <translation>Bestandsgesundheit, Score und Warnungen je SKU × Standort und Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety stock, reorder point, EOQ and suggested orders; set, simulate</source>
        <translation>Sicherheitsbestand, Meldebestand, EOQ und Bestellvorschläge; setzen, simulieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the open alerts, critical first</source>
        <translation>Die offenen Warnungen auflisten, kritische zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer, replenishment and joint plans (CBC or rules); evaluate, review</source>
        <translation>Umlagerungs-, Nachschub- und gemeinsame Pläne (CBC oder Regeln); bewerten, prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the partner settlement ledger, export a partner&apos;s statement</source>
        <translation>Das Partner-Abrechnungsjournal prüfen, die Abrechnung eines Partners exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fulfilment tiers from customer value and capacity: build, validate, export, import</source>
        <translation>Fulfillment-Stufen aus Kundenwert und Kapazität: erstellen, prüfen, exportieren, importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulate order routing policies per customer tier</source>
        <translation>Auftragsrouting-Strategien je Kundenstufe simulieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase orders (CSV, PDF, X12, EDIFACT, JSON) and transfer orders</source>
        <translation>Bestellungen (CSV, PDF, X12, EDIFACT, JSON) und Umlagerungsaufträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What-if scenarios: save, load (files), list, run on a copy, compare</source>
        <translation>Was-wäre-wenn-Szenarien: speichern, laden (Dateien), auflisten, auf Kopie ausführen, vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast the series of an M3, M4 or long CSV file</source>
        <translation>Die Zeitreihen einer M3-, M4- oder Long-CSV-Datei prognostizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the whole planning cycle on the demo network</source>
        <translation>Den gesamten Planungszyklus auf dem Demo-Netzwerk ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: stockshift-cli &lt;command&gt; [options]   (stockshift-cli &lt;command&gt; --help for its options)</source>
        <translation>Aufruf: stockshift-cli &lt;Befehl&gt; [Optionen]   (stockshift-cli &lt;Befehl&gt; --help für seine Optionen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 success, 1 partial (some rows rejected), 2 error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 teilweise (einige Zeilen abgewiesen), 2 Fehler.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-182"/>
        <source>Plan %1 (%2, %3): %4 — %5 transfer lines (%6 units, %7 shipments), %8 purchase lines (%9 units, %10 orders).</source>
        <translation>Plan %1 (%2, %3): %4 — %5 Umlagerungszeilen (%6 Einheiten, %7 Sendungen), %8 Bestellzeilen (%9 Einheiten, %10 Bestellungen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Cost over the horizon: %1 = transport %2 + fixed %3 + holding %4 + lost margin %5 + safety-stock shortfall %6; purchases worth %7; unmet demand %8 units.</source>
        <translation>  Kosten über den Horizont: %1 = Transport %2 + fix %3 + Lagerhaltung %4 + entgangene Marge %5 + Sicherheitsbestandsunterschreitung %6; Einkaufswert %7; ungedeckter Bedarf %8 Einheiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Solver: objective %1, best bound %2, gap %3%, %4 s; model %5 rows × %6 columns, %7 non-zeros.</source>
        <translation>  Solver: Zielfunktion %1, beste Schranke %2, Gap %3 %, %4 s; Modell %5 Zeilen × %6 Spalten, %7 Nicht-Nullen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buckets to plan (default 4).</source>
        <translation>Zu planende Perioden (Standard 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week or day (default week).</source>
        <translation>week oder day (Standard week).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milp (CBC), greedy (transfers), rop (purchases) or none.</source>
        <translation>milp (CBC), greedy (Umlagerungen), rop (Bestellungen) oder none.</translation>
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
        <translation>Zeitlimit des Solvers in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative gap to stop at (default 0.01).</source>
        <translation>Relative Gap, bei der gestoppt wird (Standard 0.01).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solver threads (default 1).</source>
        <translation>Solver-Threads (Standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per truck (0 = one shipment carries any amount).</source>
        <translation>Einheiten je Lkw (0 = eine Sendung trägt jede Menge).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per bucket (0 = none).</source>
        <translation>Einkaufsbudget je Periode (0 = keines).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty per unit and bucket below safety stock, as a share of the unit margin (default 0.1).</source>
        <translation>Strafkosten je Einheit und Periode unter Sicherheitsbestand, als Anteil der Stückmarge (Standard 0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan only the N most valuable SKUs (0 = all).</source>
        <translation>Nur die N wertvollsten SKUs planen (0 = alle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole units as integer variables (slower; by default quantities are continuous in the model and rounded after).</source>
        <translation>Ganze Einheiten als ganzzahlige Variablen (langsamer; standardmäßig sind Mengen im Modell stetig und werden danach gerundet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the model for other solvers: free MPS, or CPLEX LP when FILE ends in .lp.</source>
        <translation>Das Modell für andere Solver schreiben: freies MPS, oder CPLEX LP, wenn DATEI auf .lp endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CBC&apos;s log.</source>
        <translation>Das Protokoll von CBC ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan&apos;s lines as CSV.</source>
        <translation>Die Planzeilen als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also simulate it (N runs).</source>
        <translation>Zusätzlich simulieren (N Läufe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes and stores a plan over the next buckets.</source>
        <translation>Erstellt und speichert einen Plan über die nächsten Perioden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--time-limit, --gap, --truck and --budget must be non-negative numbers.</source>
        <translation>--time-limit, --gap, --truck und --budget müssen nichtnegative Zahlen sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bucket must be week or day, not &quot;%1&quot;.</source>
        <translation>--bucket muss week oder day sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>  Simulated over %1 runs: fill rate %2%, total cost %3 (± %4).</source>
        <translation>  Simuliert über %1 Läufe: Füllrate %2 %, Gesamtkosten %3 (± %4).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+150"/>
        <source>Plan id.</source>
        <translation>Plan-ID.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Simulation runs (default 20).</source>
        <translation>Simulationsläufe (Standard 20).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulates a stored plan day by day under random demand (its own stored input, so the result is reproducible).</source>
        <translation>Simuliert einen gespeicherten Plan Tag für Tag unter Zufallsbedarf (mit seiner eigenen gespeicherten Eingabe, daher reproduzierbar).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plan %1 over %2 runs: fill rate %3%, lost %4 units; cost %5 (± %6) = transport %7 + fixed %8 + ordering %9 + holding %10 + lost margin %11; ending stock %12 units.</source>
        <translation>Plan %1 über %2 Läufe: Füllrate %3 %, verloren %4 Einheiten; Kosten %5 (± %6) = Transport %7 + fix %8 + Bestellung %9 + Lagerhaltung %10 + entgangene Marge %11; Endbestand %12 Einheiten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan id (show).</source>
        <translation>Plan-ID (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan&apos;s lines as CSV (show).</source>
        <translation>Die Planzeilen als CSV schreiben (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows a stored plan.</source>
        <translation>Zeigt einen gespeicherten Plan.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists the stored plans.</source>
        <translation>Listet die gespeicherten Pläne auf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1  %2  %3 %4 (%5)  total %6  %7 lines</source>
        <translation>%1  %2  %3 %4 (%5)  gesamt %6  %7 Zeilen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Line numbers, comma-separated, or all.</source>
        <translation>Zeilennummern, durch Kommas getrennt, oder all.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sets the review state of plan lines (audited).</source>
        <translation>Setzt den Prüfstatus von Planzeilen (protokolliert).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--lines must be line numbers or all, not &quot;%1&quot;.</source>
        <translation>--lines muss aus Zeilennummern oder all bestehen, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lines %2.</source>
        <translation>%1 Zeilen %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|approve|reject [options] (each has --help).</source>
        <translation>Aufruf: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|approve|reject [Optionen] (jeweils mit --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/RouteCommand.cpp" line="-14"/>
        <source>Usage: stockshift-cli route simulate [options] (see --help).</source>
        <translation>Aufruf: stockshift-cli route simulate [Optionen] (siehe --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tier configuration (default: default).</source>
        <translation>Stufenkonfiguration (Standard: default).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to sample (default 2000).</source>
        <translation>Zu ziehende Aufträge (Standard 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing policy: %1 or all (default all).</source>
        <translation>Routing-Strategie: %1 oder all (Standard all).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the sampled orders (default 42).</source>
        <translation>Startwert der gezogenen Aufträge (Standard 42).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples forecast orders by region and customer tier and replays them through routing policies: promise attainment, cost per order, split shipments and capacity use per tier. Uses the newest stored tier configuration, or the built-in tiers built on the spot.</source>
        <translation>Zieht prognostizierte Aufträge nach Region und Kundenstufe und spielt sie durch Routing-Strategien: Einhaltung der Lieferzusage, Kosten je Auftrag, Teillieferungen und Kapazitätsauslastung je Stufe. Verwendet die neueste gespeicherte Stufenkonfiguration oder die eingebauten Stufen, sofort erstellt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown policy &quot;%1&quot;: use %2 or all.</source>
        <translation>Unbekannte Strategie „%1“: verwenden Sie %2 oder all.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 orders (seed %2) against tier configuration %3 %4; each sampled unit stands for %5 forecast units.</source>
        <translation>%1 Aufträge (Startwert %2) gegen Stufenkonfiguration %3 %4; jede gezogene Einheit steht für %5 prognostizierte Einheiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(built-in tiers, not stored)</source>
        <translation>(eingebaute Stufen, nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 %4 %5 %6 %7</source>
        <translation>%1 %2 %3 %4 %5 %6 %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost/order</source>
        <translation>Kosten/Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max load</source>
        <translation>max. Last</translation>
    </message>
    <message>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-78"/>
        <source>Scenario &quot;%1&quot;%2: %3 edits, %4 sites, %5 lanes, %6 suppliers, %7 policy rules, %8 forecast overrides.</source>
        <translation>Szenario „%1“%2: %3 Änderungen, %4 Standorte, %5 Relationen, %6 Lieferanten, %7 Strategieregeln, %8 Prognosekorrekturen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (from &quot;%1&quot;)</source>
        <translation> (aus „%1“)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Run %1: total cost %2, fill rate %3%, inventory value %4, days of inventory %5, expiring units %6, %7 transfers, %8 purchase orders.</source>
        <translation>  Lauf %1: Gesamtkosten %2, Füllrate %3 %, Bestandswert %4, Reichweite in Tagen %5, verfallende Einheiten %6, %7 Umlagerungen, %8 Bestellungen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demand × F in a region (or category:/sku:/location: TARGET); repeatable.</source>
        <translation>Bedarf × F in einer Region (oder category:/sku:/location: ZIEL); wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCOPE:]TARGET=F</source>
        <translation>[BEREICH:]ZIEL=F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the lanes FROM → TO; repeatable.</source>
        <translation>Die Relationen VON → NACH schließen; wiederholbar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM:TO</source>
        <translation>VON:NACH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s lead time + DAYS; repeatable.</source>
        <translation>Wiederbeschaffungszeit eines Lieferanten + TAGE; wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUPPLIER=DAYS</source>
        <translation>LIEFERANT=TAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchasing budget × F (e.g. 0.85 for −15%; without a budget: of what the plan would spend).</source>
        <translation>Einkaufsbudget × F (z. B. 0.85 für −15 %; ohne Budget: von dem, was der Plan ausgeben würde).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new micro-fulfilment site copied from TEMPLATE, with a capacity (−1 unlimited) and a share of the template&apos;s demand (default 0.3); repeatable.</source>
        <translation>Ein neuer Micro-Fulfillment-Standort als Kopie von VORLAGE, mit einer Kapazität (−1 unbegrenzt) und einem Anteil am Bedarf der Vorlage (Standard 0.3); wiederholbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE:TEMPLATE[:CAPACITY[:SHARE]]</source>
        <translation>CODE:VORLAGE[:KAPAZITÄT[:ANTEIL]]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>milp (CBC), greedy, rop or none (default milp).</source>
        <translation>milp (CBC), greedy, rop oder none (Standard milp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solver time limit in seconds (default 20).</source>
        <translation>Zeitlimit des Solvers in Sekunden (Standard 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks to plan (default 4).</source>
        <translation>Zu planende Wochen (Standard 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per week (0 = none).</source>
        <translation>Einkaufsbudget je Woche (0 = keines).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation runs (default 10).</source>
        <translation>Simulationsläufe (Standard 10).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--method must be milp, greedy, rop or none, not &quot;%1&quot;.</source>
        <translation>--method muss milp, greedy, rop oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 must be a number of at least %2.</source>
        <translation>--%1 muss eine Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The scenario&apos;s name (required).</source>
        <translation>Der Name des Szenarios (erforderlich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is about.</source>
        <translation>Worum es geht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone this stored scenario (its settings and edits) instead of the database&apos;s current settings.</source>
        <translation>Dieses gespeicherte Szenario klonen (seine Einstellungen und Änderungen) statt der aktuellen Einstellungen der Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write it to a file: .ssc (binary) or .xml.</source>
        <translation>Zusätzlich in eine Datei schreiben: .ssc (binär) oder .xml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only write the file, do not store it in the database.</source>
        <translation>Nur die Datei schreiben, nicht in der Datenbank speichern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshots the planning settings (policies, costs, capacities, lanes, lead times, overrides, solver settings) with what-if edits as a named scenario.</source>
        <translation>Speichert die Planungseinstellungen (Strategien, Kosten, Kapazitäten, Relationen, Wiederbeschaffungszeiten, Korrekturen, Solver-Einstellungen) mit Was-wäre-wenn-Änderungen als benanntes Szenario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario save needs --name.</source>
        <translation>scenario save benötigt --name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-store needs --out.</source>
        <translation>--no-store benötigt --out.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scenario file (.ssc or .xml).</source>
        <translation>Die Szenariodatei (.ssc oder .xml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it under this name instead of its own.</source>
        <translation>Unter diesem Namen statt unter seinem eigenen speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only check and describe the file; store nothing.</source>
        <translation>Die Datei nur prüfen und beschreiben; nichts speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads a scenario file and stores it in the database. A damaged file, or one from a newer Stockshift, is refused (exit code 2).</source>
        <translation>Liest eine Szenariodatei und speichert sie in der Datenbank. Eine beschädigte Datei oder eine aus einer neueren Stockshift-Version wird abgewiesen (Exit-Code 2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scenario load needs --file.</source>
        <translation>scenario load benötigt --file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is intact.</source>
        <translation>Die Datei ist unversehrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the database.</source>
        <translation>In der Datenbank gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the scenarios stored in the database.</source>
        <translation>Listet die in der Datenbank gespeicherten Szenarien auf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No scenarios yet: stockshift-cli scenario save --name NAME creates one.</source>
        <translation>Noch keine Szenarien: stockshift-cli scenario save --name NAME legt eines an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run</source>
        <translation>gerechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored scenario to run.</source>
        <translation>Das auszuführende gespeicherte Szenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the scenario of this file instead (stored in the database with its results).</source>
        <translation>Stattdessen das Szenario dieser Datei ausführen (mit seinen Ergebnissen in der Datenbank gespeichert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the scenario with its results to a file.</source>
        <translation>Das Szenario mit seinen Ergebnissen zusätzlich in eine Datei schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the frozen copy of the database it ran on here.</source>
        <translation>Die eingefrorene Kopie der Datenbank, auf der es lief, hier behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs a scenario on a frozen copy of the database (the live data is never changed): health, a plan within the time limit, and its simulation; stores the results.</source>
        <translation>Führt ein Szenario auf einer eingefrorenen Kopie der Datenbank aus (die Live-Daten bleiben unverändert): Gesundheit, ein Plan innerhalb des Zeitlimits und seine Simulation; speichert die Ergebnisse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenario run needs --name or --file.</source>
        <translation>scenario run benötigt --name oder --file.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Warnings:
%1</source>
        <translation>Warnungen:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A stored scenario (repeat; the first is the reference). Names can also be given as arguments.</source>
        <translation>Ein gespeichertes Szenario (wiederholbar; das erste ist die Referenz). Namen können auch als Argumente angegeben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU rows of the per-SKU diff (default 10; 0 = all).</source>
        <translation>SKU-Zeilen des Vergleichs je SKU (Standard 10; 0 = alle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compares run scenarios side by side: total cost, fill rate, inventory value, days of inventory, expiring units, transfers, purchase orders, and a per-SKU diff against the first.</source>
        <translation>Vergleicht gerechnete Szenarien nebeneinander: Gesamtkosten, Füllrate, Bestandswert, Reichweite in Tagen, verfallende Einheiten, Umlagerungen, Bestellungen und einen Vergleich je SKU gegen das erste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario compare needs at least two scenario names.</source>
        <translation>scenario compare benötigt mindestens zwei Szenarionamen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Per SKU (planned transfer + purchase units; largest change first):</source>
        <translation>Je SKU (geplante Umlagerungs- und Bestelleinheiten; größte Änderung zuerst):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario to delete.</source>
        <translation>Das zu löschende Szenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes a stored scenario.</source>
        <translation>Löscht ein gespeichertes Szenario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; deleted.</source>
        <translation>Szenario „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: stockshift-cli scenario save|load|list|run|compare|delete [options] (each has --help).</source>
        <translation>Aufruf: stockshift-cli scenario save|load|list|run|compare|delete [Optionen] (jeweils mit --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/TiersCommand.cpp" line="-59"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (overflow)</source>
        <translation> (Überlauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3, promise %4 d, %5; %6</source>
        <translation>%1: %2 %3, Zusage %4 T, %5; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflow</source>
        <translation>Überlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; simulated: %1% on time, %2 per order, %3% split</source>
        <translation>; simuliert: %1 % pünktlich, %2 je Auftrag, %3 % geteilt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: stockshift-cli tiers build|validate|export|import [options] (each has --help).</source>
        <translation>Aufruf: stockshift-cli tiers build|validate|export|import [Optionen] (jeweils mit --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration name (default: default).</source>
        <translation>Konfigurationsname (Standard: default).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier definitions from this JSON document (default: the newest stored version, or the built-in tiers).</source>
        <translation>Stufendefinitionen aus diesem JSON-Dokument (Standard: die neueste gespeicherte Version oder die eingebauten Stufen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders simulated to check the assignments (default 1000).</source>
        <translation>Simulierte Aufträge zur Prüfung der Zuordnungen (Standard 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the simulated orders (default 42).</source>
        <translation>Startwert der simulierten Aufträge (Standard 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the result: .json or .csv.</source>
        <translation>Das Ergebnis zusätzlich schreiben: .json oder .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate this JSON document (default: the newest stored version).</source>
        <translation>Dieses JSON-Dokument prüfen (Standard: die neueste gespeicherte Version).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file: .json or .csv.</source>
        <translation>Ausgabedatei: .json oder .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version (default: the newest).</source>
        <translation>Version (Standard: die neueste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON document to import.</source>
        <translation>Das zu importierende JSON-Dokument.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Builds the fulfilment tiers on the network (capacity scores, the option per region and tier with fallbacks), checks them in a routing simulation, validates and stores them as a new version.</source>
        <translation>Erstellt die Fulfillment-Stufen im Netzwerk (Kapazitätsscores, die Option je Region und Stufe mit Ausweichstandorten), prüft sie in einer Routing-Simulation, validiert sie und speichert sie als neue Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validates a tier configuration against the network; exit code 1 on errors.</source>
        <translation>Prüft eine Stufenkonfiguration gegen das Netzwerk; Exit-Code 1 bei Fehlern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a stored tier configuration as JSON (schema-valid, versioned) or CSV.</source>
        <translation>Schreibt eine gespeicherte Stufenkonfiguration als JSON (schemakonform, versioniert) oder CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a tier configuration (JSON), validates it and stores it as a new version.</source>
        <translation>Liest eine Stufenkonfiguration (JSON), prüft sie und speichert sie als neue Version.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>tiers export needs --out FILE.json or FILE.csv.</source>
        <translation>tiers export benötigt --out DATEI.json oder DATEI.csv.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tier configuration %1 version %2 written to %3.</source>
        <translation>Stufenkonfiguration %1 Version %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The tier configuration is not valid.</source>
        <translation>Die Stufenkonfiguration ist ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier configuration is valid (%1 warnings).</source>
        <translation>Die Stufenkonfiguration ist gültig (%1 Warnungen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tiers import needs --in FILE.json.</source>
        <translation>tiers import benötigt --in DATEI.json.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tier configuration was not imported: it has errors.</source>
        <translation>Die Stufenkonfiguration wurde nicht importiert: sie enthält Fehler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tier configuration %1 version %2 is already stored exactly so; nothing changed.</source>
        <translation>Stufenkonfiguration %1 Version %2 ist bereits genau so gespeichert; nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Tier configuration %1 stored as version %2.</source>
        <translation>Stufenkonfiguration %1 als Version %2 gespeichert.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>warning: the assignments could not be simulated: %1</source>
        <translation>Warnung: Die Zuordnungen konnten nicht simuliert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>built</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The tiers have errors and were not stored.</source>
        <translation>Die Stufen enthalten Fehler und wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier configuration %1 version %2 is unchanged.</source>
        <translation>Stufenkonfiguration %1 Version %2 ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Stockshift::CsvWriter</name>
    <message>
        <location filename="../core/common/CsvWriter.cpp" line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Demo</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+882"/>
        <location line="+420"/>
        <source>Writing master data</source>
        <translation>Stammdaten werden geschrieben</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+37"/>
        <location line="+359"/>
        <location line="+26"/>
        <source>Writing sales history</source>
        <translation>Verkaufshistorie wird geschrieben</translation>
    </message>
    <message>
        <location line="-360"/>
        <location line="+383"/>
        <source>Writing stock, orders and customers</source>
        <translation>Bestand, Aufträge und Kunden werden geschrieben</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+359"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Stockshift::Demo::DemoGenerator</name>
    <message>
        <location line="-706"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+159"/>
        <location line="+45"/>
        <location line="+351"/>
        <location line="+32"/>
        <location line="+116"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 already holds a network; the demo is only written into an empty database.</source>
        <translation>%1 enthält bereits ein Netzwerk; die Demo wird nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the demo failed (%1): %2</source>
        <translation>Schreiben der Demo fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Export</name>
    <message>
        <location filename="../core/export/ExportSettings.cpp" line="+22"/>
        <source>The export settings could not be read or written: %1</source>
        <translation>Die Exporteinstellungen konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Setting %1 = &quot;%2&quot;: %3</source>
        <translation>Einstellung %1 = „%2“: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prefix is 1 to 6 letters or digits.</source>
        <translation>ein Präfix besteht aus 1 bis 6 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence has 3 to 9 digits.</source>
        <translation>die laufende Nummer hat 3 bis 9 Ziffern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a currency is a three-letter ISO 4217 code such as EUR.</source>
        <translation>eine Währung ist ein dreistelliger ISO-4217-Code wie EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an EDI id is 1 to 15 letters, digits, spaces or . _ / -.</source>
        <translation>eine EDI-ID besteht aus 1 bis 15 Buchstaben, Ziffern, Leerzeichen oder . _ / -.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an X12 id qualifier is two letters or digits (ZZ, 01, 12 …).</source>
        <translation>ein X12-ID-Qualifier besteht aus zwei Buchstaben oder Ziffern (ZZ, 01, 12 …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an EDIFACT id qualifier is 1 to 4 letters or digits (ZZZ, 14 …).</source>
        <translation>ein EDIFACT-ID-Qualifier besteht aus 1 bis 4 Buchstaben oder Ziffern (ZZZ, 14 …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use 1 for test interchanges, 0 for production.</source>
        <translation>1 für Testübertragungen, 0 für den Produktivbetrieb.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Buying company&apos;s name on every order</source>
        <translation>Name des bestellenden Unternehmens auf jeder Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying company&apos;s address (lines separated by &quot;|&quot;)</source>
        <translation>Adresse des bestellenden Unternehmens (Zeilen durch „|“ getrennt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buying company&apos;s VAT id</source>
        <translation>USt-IdNr. des bestellenden Unternehmens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer (contact) named on purchase orders</source>
        <translation>Einkäufer (Ansprechpartner) auf Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Einkäufers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s telephone number</source>
        <translation>Telefonnummer des Einkäufers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency of prices (ISO 4217)</source>
        <translation>Währung der Preise (ISO 4217)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order number prefix</source>
        <translation>Präfix der Bestellnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer order number prefix</source>
        <translation>Präfix der Umlagerungsauftragsnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits of the yearly sequence in order numbers (3-9)</source>
        <translation>Stellen der jährlichen laufenden Nummer in Auftragsnummern (3–9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our EDI interchange id (X12 and EDIFACT)</source>
        <translation>Unsere EDI-Austausch-ID (X12 und EDIFACT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X12 interchange id qualifier</source>
        <translation>X12-Qualifier der Austausch-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDIFACT partner id code qualifier</source>
        <translation>EDIFACT-Qualifier des Partner-ID-Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: mark EDI interchanges as test data</source>
        <translation>1: EDI-Übertragungen als Testdaten kennzeichnen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown export setting &quot;%1&quot;.</source>
        <translation>Unbekannte Exporteinstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/export/OrderDocuments.cpp" line="+171"/>
        <source>The PDF document %1 could not be started.</source>
        <translation>Das PDF-Dokument %1 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>VAT id %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Profile &quot;%1&quot; has no layout for open orders, so a purchase order cannot be written in it.</source>
        <translation>Profil „%1“ hat kein Layout für offene Aufträge, daher kann darin keine Bestellung geschrieben werden.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Profile &quot;%1&quot; fixes %2 to &quot;%3&quot;; purchase order %4 has &quot;%5&quot;.</source>
        <translation>Profil „%1“ legt %2 auf „%3“ fest; Bestellung %4 hat „%5“.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Purchase order — revision %1</source>
        <translation>Bestellung – Revision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date: %1</source>
        <translation>Bestelldatum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued: %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier no. %1</source>
        <translation>Lieferanten-Nr. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliver to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, region %2</source>
        <translation>%1, Region %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested delivery: %1. Prices in %2.</source>
        <translation>Gewünschte Lieferung: %1. Preise in %2.</translation>
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
        <translation>Lieferanten-SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+234"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines: %1, units: %2</source>
        <translation>Positionen: %1, Einheiten: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1 %2</source>
        <translation>Summe: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please confirm this order quoting its number. Deliveries without the order number cannot be received.</source>
        <translation>Bitte bestätigen Sie diese Bestellung unter Angabe der Bestellnummer. Lieferungen ohne Bestellnummer können nicht angenommen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Pick list</source>
        <translation>Kommissionierliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer order %1</source>
        <translation>Umlagerungsauftrag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick at: %1 (%2)</source>
        <translation>Kommissionieren in: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed: %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines: %1, units to pick: %2</source>
        <translation>Positionen: %1, zu kommissionierende Einheiten: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picked by: ____________________    Checked by: ____________________</source>
        <translation>Kommissioniert von: ____________________    Geprüft von: ____________________</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick list %1</source>
        <translation>Kommissionierliste %1</translation>
    </message>
    <message>
        <location filename="../core/export/OrderExport.cpp" line="+34"/>
        <source>The export could not read or write the database: %1</source>
        <translation>Der Export konnte die Datenbank nicht lesen oder schreiben: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no plan %1.</source>
        <translation>Es gibt keinen Plan %1.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Simulated failure after %1 files.</source>
        <translation>Simulierter Fehler nach %1 Dateien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No export format was chosen.</source>
        <translation>Es wurde kein Exportformat gewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer orders are written as CSV or PDF, not %1.</source>
        <translation>Umlagerungsaufträge werden als CSV oder PDF geschrieben, nicht als %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output folder was given.</source>
        <translation>Es wurde kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n approved line(s) belong to %1, which was already exported: export again as a revision to add them to it.</source>
        <translation>
            <numerusform>%n freigegebene Zeile gehört zu %1, das bereits exportiert wurde: exportieren Sie erneut als Revision, um sie hinzuzufügen.</numerusform>
            <numerusform>%n freigegebene Zeilen gehören zu %1, das bereits exportiert wurde: exportieren Sie erneut als Revision, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 orders of plan %2 were already exported (%3). Export again as a revision to issue them anew.</source>
        <translation>Die Aufträge (%1) von Plan %2 wurden bereits exportiert (%3). Exportieren Sie erneut als Revision, um sie neu auszugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>purchase</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Plan %1 has no approved %2 lines to export.</source>
        <translation>Plan %1 hat keine freigegebenen Zeilen (%2) zum Exportieren.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Plan %1 line %2 changed while it was being exported.</source>
        <translation>Plan %1, Zeile %2 wurde während des Exports geändert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>plan %1, %2 lines (%3 new), %4</source>
        <translation>Plan %1, %2 Zeilen (%3 neu), %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 formats</source>
        <translation>%1 Formate</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+56"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Order %1 is already cancelled.</source>
        <translation>Auftrag %1 ist bereits storniert.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n line(s) cancelled; %1 ledger corrections; reason: %2</source>
        <translation>
            <numerusform>%n Zeile storniert; %1 Journalkorrekturen; Grund: %2</numerusform>
            <numerusform>%n Zeilen storniert; %1 Journalkorrekturen; Grund: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast</name>
    <message>
        <location filename="../core/forecast/AccuracyMonitor.cpp" line="+34"/>
        <source>Computing forecast accuracy failed: %1</source>
        <translation>Berechnung der Prognosegenauigkeit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <location filename="../core/forecast/NetworkForecaster.cpp" line="+185"/>
        <location filename="../core/forecast/NetworkHistory.cpp" line="+109"/>
        <location filename="../core/forecast/SeriesForecaster.cpp" line="+219"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>the network</source>
        <translation>das Netzwerk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast accuracy of %1 dropped: WAPE %2% against %3% over the previous %4 runs.</source>
        <translation>Prognosegenauigkeit von %1 gesunken: WAPE %2 % gegenüber %3 % in den vorherigen %4 Läufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for a level shift, a missed promotion or a data problem in the recent sales; re-run the forecast or override it.</source>
        <translation>Prüfen Sie die jüngsten Verkäufe auf einen Niveausprung, eine übersehene Aktion oder ein Datenproblem; rechnen Sie die Prognose neu oder korrigieren Sie sie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is consistently under-forecast: tracking signal %2, bias %3%.</source>
        <translation>%1 wird dauerhaft zu niedrig prognostiziert: Tracking-Signal %2, Bias %3 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is consistently over-forecast: tracking signal %2, bias %3%.</source>
        <translation>%1 wird dauerhaft zu hoch prognostiziert: Tracking-Signal %2, Bias %3 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check for lost sales, a trend the model missed, or an override that is too low.</source>
        <translation>Prüfen Sie auf entgangene Verkäufe, einen vom Modell übersehenen Trend oder eine zu niedrige Korrektur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for a demand drop, an ended promotion, or an override that is too high.</source>
        <translation>Prüfen Sie auf einen Nachfragerückgang, eine beendete Aktion oder eine zu hohe Korrektur.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Alert %1 is not open.</source>
        <translation>Warnung %1 ist nicht offen.</translation>
    </message>
    <message>
        <location filename="../core/forecast/BasicMethods.cpp" line="+26"/>
        <source>The series has %1 values; this method needs at least %2.</source>
        <translation>Die Zeitreihe hat %1 Werte; diese Methode benötigt mindestens %2.</translation>
    </message>
    <message>
        <location filename="../core/forecast/Combination.cpp" line="+87"/>
        <source>No member of %1 could be fitted.</source>
        <translation>Kein Mitglied von %1 konnte angepasst werden.</translation>
    </message>
    <message>
        <location filename="../core/forecast/ForecastStore.cpp" line="+26"/>
        <location filename="../core/forecast/SeriesExplainer.cpp" line="+46"/>
        <source>Reading the forecast failed: %1</source>
        <translation>Lesen der Prognose fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No forecast has been run yet.</source>
        <translation>Es wurde noch keine Prognose gerechnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no forecast run %1.</source>
        <translation>Es gibt keinen Prognoselauf %1.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../core/forecast/HistoryCleaner.cpp" line="+91"/>
        <source>Out of stock %1% of the bucket: %2 sold, %3 estimated demand lost (share × the median %4 of the nearest buckets in stock).</source>
        <translation>%1 % der Periode ohne Bestand: %2 verkauft, %3 geschätzter entgangener Bedarf (Anteil × Median %4 der nächstgelegenen Perioden mit Bestand).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is %2 robust standard deviations above the local median %3 (Hampel filter, limit %4 σ): cut to %5.</source>
        <translation>%1 liegt %2 robuste Standardabweichungen über dem lokalen Median %3 (Hampel-Filter, Grenze %4 σ): gekappt auf %5.</translation>
    </message>
    <message>
        <location filename="../core/forecast/MethodRegistry.cpp" line="+84"/>
        <source>Unknown forecasting method &quot;%1&quot;; methods are: %2.</source>
        <translation>Unbekannte Prognosemethode „%1“; Methoden sind: %2.</translation>
    </message>
    <message>
        <location filename="../core/forecast/NetworkForecaster.cpp" line="-80"/>
        <location filename="../core/forecast/NetworkHistory.cpp" line="+151"/>
        <source>The bucket must be a day or a week.</source>
        <translation>Die Periode muss ein Tag oder eine Woche sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The horizon must be between 1 and 730 buckets.</source>
        <translation>Der Horizont muss zwischen 1 und 730 Perioden liegen.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+18"/>
        <location line="+81"/>
        <location line="+14"/>
        <source>Storing the forecast failed: %1</source>
        <translation>Speichern der Prognose fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/forecast/NetworkHistory.cpp" line="-223"/>
        <source>Reading the sales history failed: %1</source>
        <translation>Lesen der Verkaufshistorie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+281"/>
        <location line="+5"/>
        <source>The database has no sales history to forecast from.</source>
        <translation>Die Datenbank enthält keine Verkaufshistorie für eine Prognose.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sales history is shorter than two buckets.</source>
        <translation>Die Verkaufshistorie ist kürzer als zwei Perioden.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No active SKU × location has sales to forecast.</source>
        <translation>Keine aktive SKU × Standort hat Verkäufe für eine Prognose.</translation>
    </message>
    <message>
        <location filename="../core/forecast/Overrides.cpp" line="+32"/>
        <source>Storing the override failed: %1</source>
        <translation>Speichern der Korrektur fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no override %1.</source>
        <translation>Es gibt keine Korrektur %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override %1 is already undone.</source>
        <translation>Korrektur %1 ist bereits zurückgenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override %1 is in force already.</source>
        <translation>Korrektur %1 ist bereits in Kraft.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>An override needs a reason.</source>
        <translation>Eine Korrektur benötigt eine Begründung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An override&apos;s value cannot be negative.</source>
        <translation>Der Wert einer Korrektur darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The override&apos;s start lies after its end.</source>
        <translation>Der Beginn der Korrektur liegt nach ihrem Ende.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown location.</source>
        <translation>Unbekannter Standort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown SKU.</source>
        <translation>Unbekannte SKU.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the overrides failed: %1</source>
        <translation>Lesen der Korrekturen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/forecast/RegressionMethod.cpp" line="+338"/>
        <source>The series has no values.</source>
        <translation>Die Zeitreihe hat keine Werte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The series contains values that are not numbers.</source>
        <translation>Die Zeitreihe enthält Werte, die keine Zahlen sind.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The regression needs at least %1 buckets of history since the first demand for its %2 features; the series has %3.</source>
        <translation>Die Regression benötigt für ihre %2 Merkmale mindestens %1 Perioden Historie seit dem ersten Bedarf; die Zeitreihe hat %3.</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>elasticity %1: a 10% higher price changes demand by %2</source>
        <translation>Elastizität %1: ein um 10 % höherer Preis ändert den Bedarf um %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per standard deviation (%2)</source>
        <translation>%1 je Standardabweichung (%2)</translation>
    </message>
    <message>
        <location filename="../core/forecast/SeriesExplainer.cpp" line="+3"/>
        <source>Run %1 has no forecast for this SKU at this location.</source>
        <translation>Lauf %1 hat keine Prognose für diese SKU an diesem Standort.</translation>
    </message>
    <message>
        <location filename="../core/forecast/SeriesForecaster.cpp" line="-172"/>
        <source>value %1 is missing inside the series</source>
        <translation>Wert %1 fehlt innerhalb der Zeitreihe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value %1 is not a number: &quot;%2&quot;</source>
        <translation>Wert %1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the series has no values</source>
        <translation>die Zeitreihe hat keine Werte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A long file needs the columns series_id,t,value.</source>
        <translation>Eine Long-Datei benötigt die Spalten series_id,t,value.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1: %2 is not a number</source>
        <translation>Zeile %1: %2 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The horizon must be at least 1.</source>
        <translation>Der Horizont muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/forecast/ThetaMethod.cpp" line="+22"/>
        <source>The series has %1 values; Theta needs at least 3.</source>
        <translation>Die Zeitreihe hat %1 Werte; Theta benötigt mindestens 3.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::ArimaMethod</name>
    <message>
        <location filename="../core/forecast/ArimaMethod.cpp" line="+818"/>
        <source>ARIMA orders cannot be negative.</source>
        <translation>ARIMA-Ordnungen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A seasonal ARIMA model needs a season length above 1.</source>
        <translation>Ein saisonales ARIMA-Modell benötigt eine Saisonlänge über 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>The series is too short for ARIMA%1: it has %2 values.</source>
        <translation>Die Zeitreihe ist zu kurz für ARIMA%1: sie hat %2 Werte.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>ARIMA%1 has no stationary and invertible CSS estimate.</source>
        <translation>ARIMA%1 hat keine stationäre und invertierbare CSS-Schätzung.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+56"/>
        <source>ARIMA%1 could not be fitted to this series.</source>
        <translation>ARIMA%1 konnte nicht an diese Zeitreihe angepasst werden.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::AutoArimaMethod</name>
    <message>
        <location line="+122"/>
        <source>The series has %1 values; ARIMA needs at least 3.</source>
        <translation>Die Zeitreihe hat %1 Werte; ARIMA benötigt mindestens 3.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::AutoMethod</name>
    <message>
        <location filename="../core/forecast/AutoMethod.cpp" line="+104"/>
        <source>The series is empty.</source>
        <translation>Die Zeitreihe ist leer.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The forecast is not a number.</source>
        <translation>Die Prognose ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No method could be fitted.</source>
        <translation>Keine Methode konnte angepasst werden.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::CrostonMethod</name>
    <message>
        <location filename="../core/forecast/BasicMethods.cpp" line="+343"/>
        <source>Croston-type methods need non-negative demand.</source>
        <translation>Croston-Verfahren benötigen nichtnegativen Bedarf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series has no demand at all.</source>
        <translation>Die Zeitreihe hat überhaupt keinen Bedarf.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::EtsAutoMethod</name>
    <message>
        <location filename="../core/forecast/EtsMethod.cpp" line="+454"/>
        <source>No exponential smoothing model fits this series.</source>
        <translation>Kein Modell der exponentiellen Glättung passt zu dieser Zeitreihe.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::EtsMethod</name>
    <message>
        <location line="-207"/>
        <source>A seasonal model needs two full seasons of history.</source>
        <translation>Ein saisonales Modell benötigt zwei volle Saisons Historie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplicative models need positive data.</source>
        <translation>Multiplikative Modelle benötigen positive Daten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seasonal pattern cannot be estimated.</source>
        <translation>Das Saisonmuster kann nicht geschätzt werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 could not be fitted to this series.</source>
        <translation>%1 konnte nicht an diese Zeitreihe angepasst werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The series is too short for %1.</source>
        <translation>Die Zeitreihe ist zu kurz für %1.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::Override</name>
    <message>
        <location filename="../core/forecast/Overrides.cpp" line="-80"/>
        <source>= %1 per bucket</source>
        <translation>= %1 je Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 to %3 (%4)</source>
        <translation>%1 von %2 bis %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Health</name>
    <message>
        <location filename="../core/health/HealthEngine.cpp" line="+62"/>
        <source>Out of stock</source>
        <translation>Ohne Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point</source>
        <translation>Unter Meldebestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring</source>
        <translation>Verfall droht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overstock</source>
        <translation>Überbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>In-stock rate</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stockout rate</source>
        <translation>Fehlbestandsquote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overstock share</source>
        <translation>Überbestandsanteil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turnover</source>
        <translation>Lagerumschlag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast accuracy</source>
        <translation>Prognosegenauigkeit</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/health/StockAlerts.cpp" line="+29"/>
        <source>Storing the alerts failed: %1</source>
        <translation>Speichern der Warnungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The last import was %1 days ago: stock and sales may be out of date.</source>
        <translation>Der letzte Import war vor %1 Tagen: Bestand und Verkäufe sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of stock; forecast demand %2 a day.</source>
        <translation>%1 ist ohne Bestand; prognostizierter Bedarf %2 pro Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs out on %2, before an order placed today can arrive (lead time %3 days).</source>
        <translation>%1 ist am %2 leer, bevor eine heute aufgegebene Bestellung eintreffen kann (Wiederbeschaffungszeit %3 Tage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below its reorder point: position %2, reorder point %3.</source>
        <translation>%1 liegt unter dem Meldebestand: disponibler Bestand %2, Meldebestand %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 units expire unsold within %3 days (first expiry %4).</source>
        <translation>%1: %2 Einheiten verfallen unverkauft innerhalb von %3 Tagen (erster Verfall %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2 units without a sale for %3 days.</source>
        <translation>%1 hält %2 Einheiten ohne Verkauf seit %3 Tagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>over a year</source>
        <translation>über einem Jahr</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is overstocked: %2 days of cover (threshold %3).</source>
        <translation>%1 hat Überbestand: %2 Tage Reichweite (Schwelle %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a slow mover: no sale for %2 days, %3 units in stock.</source>
        <translation>%1 ist ein Langsamdreher: kein Verkauf seit %2 Tagen, %3 Einheiten auf Lager.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the latest stock and sales exports.</source>
        <translation>Importieren Sie die neuesten Bestands- und Verkaufsexporte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer stock from a location with surplus, or expedite an order%1.</source>
        <translation>Bestand von einem Standort mit Überschuss umlagern oder eine Bestellung beschleunigen%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (suggested: %1 units)</source>
        <translation> (Vorschlag: %1 Einheiten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 units from %2.</source>
        <translation>%1 Einheiten bei %2 bestellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier</source>
        <translation>dem Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the order: %1</source>
        <translation>Bestellung prüfen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell or move the expiring lots first (promotion, transfer to a faster location).</source>
        <translation>Die verfallenden Chargen zuerst verkaufen oder verlagern (Aktion, Umlagerung an einen schneller drehenden Standort).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop ordering; transfer the surplus to locations short of it.</source>
        <translation>Bestellungen stoppen; den Überschuss an Standorte mit Bedarf umlagern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the listing; consider a markdown or a transfer.</source>
        <translation>Listung prüfen; eine Preisreduzierung oder Umlagerung erwägen.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import</name>
    <message>
        <location filename="../core/import/CsvFormat.cpp" line="+76"/>
        <source>Excel serial number</source>
        <translation>Excel-Seriennummer</translation>
    </message>
    <message>
        <location filename="../core/import/CsvImporter.cpp" line="+340"/>
        <source>loading codes</source>
        <translation>Laden der Codes</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <location line="+481"/>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>writing delivery locations</source>
        <translation>Schreiben der Lieferorte</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>writing a row</source>
        <translation>Schreiben einer Zeile</translation>
    </message>
    <message>
        <location filename="../core/import/CsvSniffer.cpp" line="+86"/>
        <source>Encoding UTF-8 (byte-order mark).</source>
        <translation>Kodierung UTF-8 (Byte Order Mark).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-16 little-endian (byte-order mark).</source>
        <translation>Kodierung UTF-16 Little Endian (Byte Order Mark).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-16 big-endian (byte-order mark).</source>
        <translation>Kodierung UTF-16 Big Endian (Byte Order Mark).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-8.</source>
        <translation>Kodierung UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding Windows-1252 (the file is not valid UTF-8).</source>
        <translation>Kodierung Windows-1252 (die Datei ist kein gültiges UTF-8).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Only one column found; delimiter &apos;,&apos; assumed.</source>
        <translation>Nur eine Spalte gefunden; Trennzeichen &apos;,&apos; angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter &apos;%1&apos; (consistent %2 fields in %3 of %4 rows).</source>
        <translation>Trennzeichen &apos;%1&apos; (einheitlich %2 Felder in %3 von %4 Zeilen).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No header row found; columns are numbered.</source>
        <translation>Keine Kopfzeile gefunden; die Spalten werden nummeriert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header in row %1; the %2 row(s) above it are skipped.</source>
        <translation>Kopfzeile in Zeile %1; die %2 Zeile(n) darüber werden übersprungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header in row 1.</source>
        <translation>Kopfzeile in Zeile 1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+5"/>
        <source>values such as %1</source>
        <translation>Werte wie %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&apos;;&apos; delimiter</source>
        <translation>Trennzeichen &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column &apos;%1&apos;: numbers such as %2 can be read with a decimal comma or a decimal point; choose the decimal separator.</source>
        <translation>Spalte &apos;%1&apos;: Zahlen wie %2 lassen sich mit Dezimalkomma oder Dezimalpunkt lesen; wählen Sie das Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column &apos;%1&apos;: some numbers use a decimal comma and others a decimal point; choose the decimal separator.</source>
        <translation>Spalte &apos;%1&apos;: einige Zahlen verwenden ein Dezimalkomma, andere einen Dezimalpunkt; wählen Sie das Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; delimiter</source>
        <translation>Trennzeichen &apos;,&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no decimal separators in the sample</source>
        <translation>keine Dezimaltrennzeichen in der Stichprobe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decimal separator &apos;%1&apos; (%2).</source>
        <translation>Dezimaltrennzeichen &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator &apos;%1&apos;, thousands separator &apos;%2&apos; (%3).</source>
        <translation>Dezimaltrennzeichen &apos;%1&apos;, Tausendertrennzeichen &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Column &apos;%1&apos;: dates such as %2 can be read as day/month or month/day; choose the date format.</source>
        <translation>Spalte &apos;%1&apos;: Datumsangaben wie %2 lassen sich als Tag/Monat oder Monat/Tag lesen; wählen Sie das Datumsformat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excel serial numbers</source>
        <translation>Excel-Seriennummern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates as %1 (column %2).</source>
        <translation>Datumsangaben als %1 (Spalte %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column &apos;%1&apos; holds dates in another format; its values will be reported.</source>
        <translation>Spalte &apos;%1&apos; enthält Datumsangaben in einem anderen Format; ihre Werte werden gemeldet.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportKind.cpp" line="+137"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Location code</source>
        <translation>Standortcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location line="+184"/>
        <location line="+157"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-456"/>
        <location line="+459"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-445"/>
        <location line="+226"/>
        <location line="+159"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity (units)</source>
        <translation>Kapazität (Einheiten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity (m³)</source>
        <translation>Kapazität (m³)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handling cost per unit</source>
        <translation>Handlingkosten je Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU code</source>
        <translation>SKU-Code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+221"/>
        <source>Unit cost</source>
        <translation>Einstandspreis</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Unit price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume (m³)</source>
        <translation>Volumen (m³)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelf life (days)</source>
        <translation>Haltbarkeit (Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fragile</source>
        <translation>Zerbrechlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack size</source>
        <translation>Verpackungseinheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+48"/>
        <location line="+357"/>
        <source>Location</source>
        <translation>Standort</translation>
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
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiry date</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stock on hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+203"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales history</source>
        <translation>Verkaufshistorie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From location</source>
        <translation>Von Standort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To location</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode</source>
        <translation>Verkehrsträger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost per unit</source>
        <translation>Kosten je Einheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed cost per shipment</source>
        <translation>Fixkosten je Sendung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+48"/>
        <source>Lead time (days)</source>
        <translation>Wiederbeschaffungszeit (Tage)</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+39"/>
        <location line="+53"/>
        <source>Capacity per week</source>
        <translation>Kapazität je Woche</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Lanes</source>
        <translation>Relationen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supplier code</source>
        <translation>Lieferantencode</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+47"/>
        <source>Lead time std. dev. (days)</source>
        <translation>Std.-Abw. der Lieferzeit (Tage)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cost per order</source>
        <translation>Kosten je Bestellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivers to</source>
        <translation>Beliefert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+79"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Supplier&apos;s item number</source>
        <translation>Artikelnummer des Lieferanten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minimum order quantity</source>
        <translation>Mindestbestellmenge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order multiple</source>
        <translation>Bestellvielfaches</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplier items</source>
        <translation>Lieferantenartikel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order reference</source>
        <translation>Auftragsreferenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order type</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source location</source>
        <translation>Quellstandort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination location</source>
        <translation>Zielstandort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open orders</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer code</source>
        <translation>Kundencode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CLTV score</source>
        <translation>CLTV-Score</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider (stock owner)</source>
        <translation>Anbieter (Bestandseigentümer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer price markup (%)</source>
        <translation>Verrechnungspreisaufschlag (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profit share (%)</source>
        <translation>Gewinnbeteiligung (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling fee per unit</source>
        <translation>Handlinggebühr je Einheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner agreements</source>
        <translation>Partnervereinbarungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location (empty = all)</source>
        <translation>Standort (leer = alle)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region (empty = all)</source>
        <translation>Region (leer = alle)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SKU (empty = all)</source>
        <translation>SKU (leer = alle)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category (empty = all)</source>
        <translation>Kategorie (leer = alle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected uplift (%)</source>
        <translation>Erwarteter Uplift (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events and promotions</source>
        <translation>Ereignisse und Aktionen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Out of stock from</source>
        <translation>Ohne Bestand ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of stock until</source>
        <translation>Ohne Bestand bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stockout periods</source>
        <translation>Fehlbestandszeiträume</translation>
    </message>
    <message>
        <location filename="../core/import/MappingProfile.cpp" line="+71"/>
        <source>Unknown encoding &quot;%1&quot; in profile.</source>
        <translation>Unbekannte Kodierung „%1“ im Profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown delimiter &quot;%1&quot; in profile.</source>
        <translation>Unbekanntes Trennzeichen „%1“ im Profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>Das Dezimaltrennzeichen muss „.“ oder „,“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The thousands and decimal separators must differ.</source>
        <translation>Tausender- und Dezimaltrennzeichen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown date format &quot;%1&quot; in profile.</source>
        <translation>Unbekanntes Datumsformat „%1“ im Profil.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="+71"/>
        <source>The CSV format must be resolved before reading.</source>
        <translation>Das CSV-Format muss vor dem Lesen feststehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>Das Trennzeichen darf kein Anführungszeichen und kein Zeilenumbruch sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The field that starts on line %1 is longer than %2 bytes; is a closing quote missing?</source>
        <translation>Das Feld, das in Zeile %1 beginnt, ist länger als %2 Bytes; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record on line %1 is longer than %2 bytes.</source>
        <translation>Der Datensatz in Zeile %1 ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A quoted field that starts on line %1 is not closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::CsvSniffer</name>
    <message>
        <location filename="../core/import/CsvSniffer.cpp" line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an Excel workbook, not a CSV file; save it as CSV (UTF-8) first.</source>
        <translation>%1 ist eine Excel-Arbeitsmappe, keine CSV-Datei; speichern Sie sie zuerst als CSV (UTF-8).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contains zero bytes: it is either not a text file or UTF-16 without a byte-order mark; choose the encoding.</source>
        <translation>%1 enthält Null-Bytes: Es ist entweder keine Textdatei oder UTF-16 ohne Byte Order Mark; wählen Sie die Kodierung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no records.</source>
        <translation>%1 enthält keine Datensätze.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only the rows before this problem were sampled: %1</source>
        <translation>Nur die Zeilen vor diesem Problem wurden ausgewertet: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::ImportResult</name>
    <message>
        <location filename="../core/import/CsvImporter.cpp" line="+263"/>
        <source>Imported %1 into %2: %3 rows accepted, %4 rejected (%5 s).</source>
        <translation>%1 nach %2 importiert: %3 Zeilen übernommen, %4 abgewiesen (%5 s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run of %1 (%2): %3 rows would be accepted, %4 rejected. Nothing was written.</source>
        <translation>Probelauf von %1 (%2): %3 Zeilen würden übernommen, %4 abgewiesen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not imported: %2 of %3 rows have problems and all-or-nothing was requested. The database is unchanged.</source>
        <translation>%1 wurde nicht importiert: %2 von %3 Zeilen haben Probleme und „alles oder nichts“ war gewählt. Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import of %1 was cancelled after %2 rows. The database is unchanged.</source>
        <translation>Der Import von %1 wurde nach %2 Zeilen abgebrochen. Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace mode: %1 rows not in the file were removed or deactivated.</source>
        <translation>Ersetzungsmodus: %1 Zeilen, die nicht in der Datei stehen, wurden entfernt oder deaktiviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created: %1.</source>
        <translation>Angelegt: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>Insgesamt %1 Probleme; die ersten %2 sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::Importer</name>
    <message>
        <location line="-992"/>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: required column(s) %2 not found. The file&apos;s columns are: %3. Map them with a profile or --mapping, or rename the headers.</source>
        <translation>%1: Pflichtspalte(n) %2 nicht gefunden. Die Spalten der Datei sind: %3. Ordnen Sie sie mit einem Profil oder --mapping zu oder benennen Sie die Kopfzeilen um.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mapping reads field %1 from column &quot;%2&quot;, which the file does not have. The file&apos;s columns are: %3.</source>
        <translation>Die Zuordnung liest das Feld %1 aus der Spalte „%2“, die die Datei nicht hat. Die Spalten der Datei sind: %3.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Set the date format (--date-format dmy|mdy|iso|yyyymmdd|excel).</source>
        <translation>Legen Sie das Datumsformat fest (--date-format dmy|mdy|iso|yyyymmdd|excel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dates were found in the sample; dates are read as ISO (yyyy-mm-dd).</source>
        <translation>In der Stichprobe wurden keine Datumsangaben gefunden; Datumsangaben werden als ISO gelesen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the decimal separator (--decimal . or --decimal ,).</source>
        <translation>Legen Sie das Dezimaltrennzeichen fest (--decimal . oder --decimal ,).</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+21"/>
        <source>Cannot record the import: %1</source>
        <translation>Der Import kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The code could not be created: %1</source>
        <translation>Der Code konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+299"/>
        <source>Unknown SKU code &quot;%1&quot;.</source>
        <translation>Unbekannter SKU-Code „%1“.</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Unknown supplier code &quot;%1&quot;.</source>
        <translation>Unbekannter Lieferantencode „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+290"/>
        <source>Unknown location code &quot;%1&quot;.</source>
        <translation>Unbekannter Standortcode „%1“.</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 liegt unter dem Minimum von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 liegt über dem Maximum von %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid date in the format %2.</source>
        <translation>„%1“ ist kein gültiges Datum im Format %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date %1 is implausible (before 1970 or after 2100).</source>
        <translation>Das Datum %1 ist unplausibel (vor 1970 oder nach 2100).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a yes/no value.</source>
        <translation>„%1“ ist kein Ja/Nein-Wert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+188"/>
        <location line="+21"/>
        <source>(row)</source>
        <translation>(Zeile)</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>The row has %1 fields but the header has %2; is a delimiter inside a value missing its quotes?</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2; fehlen bei einem Trennzeichen in einem Wert die Anführungszeichen?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From and to are the same location.</source>
        <translation>Von und Nach sind derselbe Standort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A purchase order needs a supplier.</source>
        <translation>Eine Bestellung benötigt einen Lieferanten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A transfer needs a source location.</source>
        <translation>Eine Umlagerung benötigt einen Quellstandort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source and destination are the same location.</source>
        <translation>Quelle und Ziel sind derselbe Standort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The due date lies before the order date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Bestelldatum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider and receiver are the same location.</source>
        <translation>Anbieter und Empfänger sind derselbe Standort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither location of the agreement is a partner seller.</source>
        <translation>Keiner der Standorte der Vereinbarung ist ein Partnerhändler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>The end date lies before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The key %1 appears earlier in this file; the earlier row was kept.</source>
        <translation>Der Schlüssel %1 kommt in dieser Datei bereits früher vor; die frühere Zeile wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The row breaks a rule of the database: %1</source>
        <translation>Die Zeile verletzt eine Regel der Datenbank: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Der SQLite-Treiber stellt sein Handle nicht bereit.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Injected failure after %1 rows (test hook).</source>
        <translation>Eingeschleuster Fehler nach %1 Zeilen (Test-Hook).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Replacing the old rows failed: %1</source>
        <translation>Ersetzen der alten Zeilen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The same file was imported before (batch %1 at %2); its rows were updated in place, nothing was duplicated.</source>
        <translation>Dieselbe Datei wurde bereits importiert (Stapel %1 am %2); ihre Zeilen wurden an Ort und Stelle aktualisiert, nichts wurde verdoppelt.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::MappingProfile</name>
    <message>
        <location filename="../core/import/MappingProfile.cpp" line="+70"/>
        <source>The profile names an unknown import kind &quot;%1&quot;.</source>
        <translation>Das Profil nennt eine unbekannte Importart „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile maps an unknown field &quot;%1&quot; for %2; valid fields are: %3.</source>
        <translation>Das Profil ordnet ein unbekanntes Feld „%1“ für %2 zu; gültige Felder sind: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the mapping profile %1: %2</source>
        <translation>Das Zuordnungsprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mapping profile %1 is too large to be a profile.</source>
        <translation>Das Zuordnungsprofil %1 ist zu groß für ein Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mapping profile %1 is not valid JSON: %2 (at byte %3).</source>
        <translation>Das Zuordnungsprofil %1 ist kein gültiges JSON: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no built-in profile &quot;%1&quot;; built-in profiles are: %2.</source>
        <translation>Es gibt kein eingebautes Profil „%1“; eingebaute Profile sind: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither a built-in profile (%2) nor a profile file.</source>
        <translation>„%1“ ist weder ein eingebautes Profil (%2) noch eine Profildatei.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Info</name>
    <message>
        <location filename="../core/info/DatabaseInfo.cpp" line="+33"/>
        <source>Cannot count %1.</source>
        <translation>%1 kann nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Info::DatabaseInfo</name>
    <message>
        <location line="+66"/>
        <source>Database: %1 (%2 MB, schema version %3)</source>
        <translation>Datenbank: %1 (%2 MB, Schemaversion %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales history: %1 to %2, %3 SKU x location series</source>
        <translation>Verkaufshistorie: %1 bis %2, %3 Zeitreihen SKU × Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales history: none</source>
        <translation>Verkaufshistorie: keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last imports:</source>
        <translation>Letzte Importe:</translation>
    </message>
</context>
<context>
    <name>Stockshift::Inventory</name>
    <message>
        <location filename="../core/inventory/InventorySnapshot.cpp" line="+34"/>
        <source>Reading the inventory failed: %1</source>
        <translation>Lesen des Bestands fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+75"/>
        <source>Reading the sales failed: %1</source>
        <translation>Lesen der Verkäufe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Reading the forecast failed: %1</source>
        <translation>Lesen der Prognose fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ledger</name>
    <message>
        <location filename="../core/ledger/SettlementLedger.cpp" line="+35"/>
        <source>The settlement ledger could not be read or written: %1</source>
        <translation>Das Abrechnungsjournal konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The settlement ledger does not match its recorded head (%1 entries recorded, %2 found): run `stockshift-cli ledger verify` before adding to it.</source>
        <translation>Das Abrechnungsjournal stimmt nicht mit seinem gespeicherten Kopf überein (%1 Einträge gespeichert, %2 gefunden): führen Sie `stockshift-cli ledger verify` aus, bevor Sie etwas hinzufügen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A ledger entry names an unknown location or SKU.</source>
        <translation>Ein Journaleintrag nennt einen unbekannten Standort oder eine unbekannte SKU.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Entries %1 to %2 are missing: the ledger&apos;s entries are numbered without gaps.</source>
        <translation>Die Einträge %1 bis %2 fehlen: die Einträge des Journals sind lückenlos nummeriert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 does not follow the entry before it: an entry was removed, inserted or changed before it.</source>
        <translation>Eintrag %1 folgt nicht auf den Eintrag davor: ein Eintrag davor wurde entfernt, eingefügt oder geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Inhalt passt nicht zu seinem Hash).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1&apos;s amounts do not follow from its terms.</source>
        <translation>Die Beträge von Eintrag %1 ergeben sich nicht aus seinen Konditionen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger&apos;s recorded head says %1 entries ending in %2…, the table has %3 ending in %4…: entries at the end were removed or added outside Stockshift.</source>
        <translation>Der gespeicherte Kopf des Journals nennt %1 Einträge, endend auf %2…, die Tabelle hat %3, endend auf %4…: Einträge am Ende wurden außerhalb von Stockshift entfernt oder hinzugefügt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unknown location &quot;%1&quot;.</source>
        <translation>Unbekannter Standort „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settlement statement — %1 (%2)</source>
        <translation>Abrechnung – %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger %1: %2 entries in all.</source>
        <translation>Journal %1: insgesamt %2 Einträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED: %1</source>
        <translation>NICHT GEPRÜFT: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profit share</source>
        <translation>Gewinnbeteiligung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owed to %1: %2</source>
        <translation>Forderung von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed by %1: %2</source>
        <translation>Verbindlichkeit von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement statement %1</source>
        <translation>Abrechnung %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Plan</name>
    <message>
        <location filename="../core/plan/PlanStore.cpp" line="+24"/>
        <source>Storing the plan failed: %1</source>
        <translation>Speichern des Plans fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+278"/>
        <location line="+54"/>
        <location line="+130"/>
        <source>There is no plan %1.</source>
        <translation>Es gibt keinen Plan %1.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Plan %1 has no line %2.</source>
        <translation>Plan %1 hat keine Zeile %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lines become exported or cancelled through the export, not by review.</source>
        <translation>Zeilen werden durch den Export exportiert oder storniert, nicht durch die Prüfung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Line %1 is %2 and cannot be changed.</source>
        <translation>Zeile %1 ist %2 und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A quantity must be a number of at least 0.</source>
        <translation>Eine Menge muss eine Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Plan %1 has exported lines and is kept.</source>
        <translation>Plan %1 hat exportierte Zeilen und wird behalten.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning</name>
    <message>
        <location filename="../solvers/plan/PlanInput.cpp" line="+33"/>
        <source>Reading the planning data failed: %1</source>
        <translation>Lesen der Planungsdaten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The horizon must be 1 to 104 buckets.</source>
        <translation>Der Horizont muss 1 bis 104 Perioden umfassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bucket must be a day or a week.</source>
        <translation>Die Periode muss ein Tag oder eine Woche sein.</translation>
    </message>
    <message>
        <location filename="../solvers/plan/Planner.cpp" line="+1353"/>
        <source>The greedy rule plans transfers; use rop for purchases.</source>
        <translation>Die Greedy-Regel plant Umlagerungen; verwenden Sie rop für Bestellungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reorder-point rule plans purchases; use greedy for transfers.</source>
        <translation>Die Meldebestandsregel plant Bestellungen; verwenden Sie greedy für Umlagerungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown plan method &quot;%1&quot; (milp, greedy, rop, none).</source>
        <translation>Unbekannte Planungsmethode „%1“ (milp, greedy, rop, none).</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning::MilpBuilder</name>
    <message>
        <location line="-908"/>
        <source>the capacity of the lane %1 → %2 (%3 units) in the week of %4</source>
        <translation>die Kapazität der Relation %1 → %2 (%3 Einheiten) in der Woche vom %4</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>what supplier %1 can deliver (%2 units) in the week of %3</source>
        <translation>die Liefermenge von Lieferant %1 (%2 Einheiten) in der Woche vom %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the purchasing budget (%1) of the week of %2</source>
        <translation>das Einkaufsbudget (%1) der Woche vom %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the safety stock of %1 at %2 (%3) in the week of %4</source>
        <translation>der Sicherheitsbestand von %1 in %2 (%3) in der Woche vom %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the room at %1 (%2 units) in the week of %3</source>
        <translation>der Platz in %1 (%2 Einheiten) in der Woche vom %3</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>%1 is missed by %2 units</source>
        <translation>%1 wird um %2 Einheiten verfehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would be exceeded by %2 units</source>
        <translation>%1 würde um %2 Einheiten überschritten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>used to the full: %1</source>
        <translation>voll ausgeschöpft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is infeasible: %1.</source>
        <translation>Der Plan ist unzulässig: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no explanation found</source>
        <translation>keine Erklärung gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan was found (%1).</source>
        <translation>Es wurde kein Plan gefunden (%1).</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning::PlanInput</name>
    <message>
        <location filename="../solvers/plan/PlanInput.cpp" line="+286"/>
        <source>The stored plan input is damaged or from a newer version.</source>
        <translation>Die gespeicherte Planeingabe ist beschädigt oder stammt aus einer neueren Version.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Policy</name>
    <message>
        <location filename="../core/policy/PolicyConfig.cpp" line="+24"/>
        <source>Storing the policy failed: %1</source>
        <translation>Speichern der Strategie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>override</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The stored policy of %1 is invalid: %2</source>
        <translation>Die gespeicherte Strategie von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A stored policy override is invalid: %1</source>
        <translation>Eine gespeicherte Strategie-Ausnahme ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is not a policy scope (default, A, B, C, AX … CZ).</source>
        <translation>„%1“ ist kein Strategiebereich (default, A, B, C, AX … CZ).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A policy override needs a reason.</source>
        <translation>Eine Strategie-Ausnahme benötigt eine Begründung.</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyEngine.cpp" line="+106"/>
        <source>no unit cost is known for %1, so the holding cost is unknown</source>
        <translation>für %1 ist kein Einstandspreis bekannt, daher sind die Lagerhaltungskosten unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no forecast demand</source>
        <translation>es gibt keinen prognostizierten Bedarf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no lead time is known: no supplier delivers %1 to %2 and no lane leads there; set a lead time in the policy</source>
        <translation>keine Wiederbeschaffungszeit bekannt: kein Lieferant liefert %1 nach %2 und keine Relation führt dorthin; legen Sie in der Strategie eine Wiederbeschaffungszeit fest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is neither a forecast nor sales history for %1 at %2</source>
        <translation>für %1 in %2 gibt es weder eine Prognose noch eine Verkaufshistorie</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no order: the minimum order of %1 is more than the %2 units that sell before they expire</source>
        <translation>keine Bestellung: die Mindestbestellmenge von %1 übersteigt die %2 Einheiten, die vor dem Verfall verkauft werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no order: less than one order multiple (%1) sells before it expires (%2 units)</source>
        <translation>keine Bestellung: weniger als ein Bestellvielfaches (%1) wird vor dem Verfall verkauft (%2 Einheiten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cut from %1 to %2 by the shelf life of %3 days</source>
        <translation>durch die Haltbarkeit von %3 Tagen von %1 auf %2 gekürzt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>forecast run %1</source>
        <translation>Prognoselauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 91 days of sales (no forecast)</source>
        <translation>Verkäufe der letzten 91 Tage (keine Prognose)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demand of the %1 locations it feeds</source>
        <translation>der Bedarf der %1 Standorte, die er beliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand per day</source>
        <translation>Bedarf pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d = %1, σd = %2</source>
        <translation>d = %1, σd = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot compute</source>
        <translation>Nicht berechenbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy (%1)</source>
        <translation>Strategie (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane from %1</source>
        <translation>Relation von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection interval</source>
        <translation>Absicherungszeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P = L + R = %1 + %2 = %3 days</source>
        <translation>P = L + R = %1 + %2 = %3 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead time %1 d ± %2 d (%3), review every %4 d (%5), policy %6 (%7)</source>
        <translation>Wiederbeschaffungszeit %1 T ± %2 T (%3), Überprüfung alle %4 T (%5), Strategie %6 (%7)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6</source>
        <translation>SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle service level %1 (%2), z = Φ⁻¹(%1)</source>
        <translation>Zyklus-Servicegrad %1 (%2), z = Φ⁻¹(%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = k·σP = %1 · %2 = %3, with σP·G(k) = (1 − β)·Q</source>
        <translation>SS = k·σP = %1 · %2 = %3, mit σP·G(k) = (1 − β)·Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill rate %1 (%2), normal loss function G</source>
        <translation>Füllrate %1 (%2), normale Verlustfunktion G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = z·σP = %1 · %2 = %3 (no backtest error: from the forecast interval)</source>
        <translation>SS = z·σP = %1 · %2 = %3 (kein Backtest-Fehler: aus dem Prognoseintervall)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5</source>
        <translation>SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service level %1 (%2), backtest error of the forecast</source>
        <translation>Servicegrad %1 (%2), Backtest-Fehler der Prognose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = c·d = %1 · %2 = %3</source>
        <translation>SS = c·d = %1 · %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days of cover (%2)</source>
        <translation>%1 Tage Reichweite (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s = D(P) + SS = %1 + %2 = %3</source>
        <translation>s = D(P) + SS = %1 + %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast demand over the next %1 days</source>
        <translation>prognostizierter Bedarf der nächsten %1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order-up-to level</source>
        <translation>Bestellniveau</translation>
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
        <translation>begrenzt auf %1 Tage Bedarf</translation>
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
        <translation>nicht berechenbar, weil %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holding %1 a year of the unit cost %2 (%3)</source>
        <translation>Lagerhaltung %1 pro Jahr vom Einstandspreis %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inventory position</source>
        <translation>Disponibler Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP = available + on order − expiring unsold = %1</source>
        <translation>IP = verfügbar + bestellt − unverkauft verfallend = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units expire before they can be sold and do not count</source>
        <translation>%1 Einheiten verfallen, bevor sie verkauft werden können, und zählen nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MOQ %1, multiple %2</source>
        <translation>MOQ %1, Vielfaches %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shelf life %1 d allows %2</source>
        <translation>, Haltbarkeit %1 T erlaubt %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested order</source>
        <translation>Bestellvorschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needed, %2 after rounding</source>
        <translation>%1 benötigt, %2 nach Rundung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order: the position %1 is above the reorder point</source>
        <translation>keine Bestellung: der disponible Bestand %1 liegt über dem Meldebestand</translation>
    </message>
</context>
<context>
    <name>Stockshift::Policy::PolicyParameters</name>
    <message>
        <location filename="../core/policy/PolicyConfig.cpp" line="-239"/>
        <source>kind must be rop, order-up-to or min-max</source>
        <translation>kind muss rop, order-up-to oder min-max sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>safetyStock must be service, fill-rate, forecast-error or days-of-cover</source>
        <translation>safetyStock muss service, fill-rate, forecast-error oder days-of-cover sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shelfLifeCap must be true or false</source>
        <translation>shelfLifeCap muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unbekannte Einstellung „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Invalid policy: %1.</source>
        <translation>Ungültige Strategie: %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
</context>
<context>
    <name>Stockshift::Routing</name>
    <message>
        <location filename="../core/routing/FulfilmentNetwork.cpp" line="+26"/>
        <source>The fulfilment network could not be read: %1</source>
        <translation>Das Fulfillment-Netzwerk konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+251"/>
        <location filename="../core/routing/RoutingSimulator.cpp" line="+416"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/routing/RoutingSimulator.cpp" line="-341"/>
        <source>Nearest with stock</source>
        <translation>Nächster mit Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest cost to fulfil</source>
        <translation>Geringste Fulfillment-Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced load</source>
        <translation>Ausgeglichene Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best performance</source>
        <translation>Beste Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted hybrid</source>
        <translation>Gewichteter Hybrid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier assignments</source>
        <translation>Stufenzuordnungen</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>There is no forecast demand in any customer region to sample orders from: run a forecast (or import sales) first.</source>
        <translation>In keiner Kundenregion gibt es prognostizierten Bedarf, aus dem Aufträge gezogen werden könnten: führen Sie zuerst eine Prognose aus (oder importieren Sie Verkäufe).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios</name>
    <message>
        <location filename="../core/scenario/Scenario.cpp" line="+52"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand ×%1 in %2 %3</source>
        <translation>Bedarf ×%1 in %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lane %1 → %2 closed</source>
        <translation>Relation %1 → %2 geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier %1: lead time %2 days</source>
        <translation>Lieferant %1: Wiederbeschaffungszeit %2 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget %1%</source>
        <translation>Budget %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New micro-fulfilment site %1 (like %2, capacity %3, %4% of its demand)</source>
        <translation>Neuer Micro-Fulfillment-Standort %1 (wie %2, Kapazität %3, %4 % seines Bedarfs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown edit</source>
        <translation>Unbekannte Änderung</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioCompare.cpp" line="+52"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory value</source>
        <translation>Bestandswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of inventory</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring units</source>
        <translation>Verfallende Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase value</source>
        <translation>Einkaufswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost units</source>
        <translation>Verlorene Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health score</source>
        <translation>Gesundheitsscore</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Comparing needs at least two scenarios.</source>
        <translation>Ein Vergleich benötigt mindestens zwei Szenarien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario %1 has not been run yet; run it before comparing.</source>
        <translation>Szenario %1 wurde noch nicht gerechnet; rechnen Sie es vor dem Vergleich.</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioFile.cpp" line="+553"/>
        <source>The scenario is too large to be saved (%1 MB; at most %2 MB).</source>
        <translation>Das Szenario ist zu groß zum Speichern (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scenario could not be encoded: %1</source>
        <translation>Das Szenario konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scenario file is damaged or not a scenario file: %1</source>
        <translation>Die Szenariodatei ist beschädigt oder keine Szenariodatei: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+124"/>
        <source>The scenario file is too large (%1 MB; at most %2 MB).</source>
        <translation>Die Szenariodatei ist zu groß (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>the header is cut short.</source>
        <translation>der Kopf ist abgeschnitten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>unknown format version %1.</source>
        <translation>unbekannte Formatversion %1.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>unknown encoding %1.</source>
        <translation>unbekannte Kodierung %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scenario file was written on a computer with a different byte order; save it as XML there to open it here.</source>
        <translation>Die Szenariodatei wurde auf einem Rechner mit anderer Bytereihenfolge geschrieben; speichern Sie sie dort als XML, um sie hier zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is %1 bytes long where its header says %2.</source>
        <translation>sie ist %1 Bytes lang, ihr Kopf nennt %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the scenario element is missing or damaged.</source>
        <translation>das Szenario-Element fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its length does not match the length it states.</source>
        <translation>ihre Länge stimmt nicht mit der angegebenen Länge überein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start like one.</source>
        <translation>sie beginnt nicht wie eine Szenariodatei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This scenario file was written by a newer Stockshift (format version %1; this version reads format versions %2 to %3). Update Stockshift to open it.</source>
        <translation>Diese Szenariodatei wurde von einer neueren Stockshift-Version geschrieben (Formatversion %1; diese Version liest die Formatversionen %2 bis %3). Aktualisieren Sie Stockshift, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The scenario file is damaged: its checksum does not match its content.</source>
        <translation>Die Szenariodatei ist beschädigt: ihre Prüfsumme passt nicht zu ihrem Inhalt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>its XML is nested too deeply.</source>
        <translation>ihr XML ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown XML element &lt;%1&gt;.</source>
        <translation>unbekanntes XML-Element &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown XML attribute %1.</source>
        <translation>unbekanntes XML-Attribut %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected XML content (%1).</source>
        <translation>unerwarteter XML-Inhalt (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its XML is not well-formed: %1</source>
        <translation>ihr XML ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scenario file is too large.</source>
        <translation>Die Szenariodatei ist zu groß.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>its content is of format version %1, its header says %2.</source>
        <translation>ihr Inhalt hat Formatversion %1, ihr Kopf nennt %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scenario element is not closed.</source>
        <translation>das Szenario-Element wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes follow the scenario.</source>
        <translation>%1 Bytes folgen auf das Szenario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unreadable content.</source>
        <translation>unlesbarer Inhalt.</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioStore.cpp" line="+26"/>
        <source>The scenarios could not be read or written: %1</source>
        <translation>Die Szenarien konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+116"/>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+93"/>
        <source>There is no scenario %1.</source>
        <translation>Es gibt kein Szenario %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>There is a scenario named &quot;%1&quot; already.</source>
        <translation>Es gibt bereits ein Szenario namens „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>was %1</source>
        <translation>war %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No free name for &quot;%1&quot;.</source>
        <translation>Kein freier Name für „%1“.</translation>
    </message>
    <message>
        <location filename="../core/scenario/WhatIf.cpp" line="+29"/>
        <source>The scenario could not read or write the database: %1</source>
        <translation>Das Szenario konnte die Datenbank nicht lesen oder schreiben: %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database could not be copied for the scenario: %1</source>
        <translation>Die Datenbank konnte für das Szenario nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>A scenario is never applied to the live database; run it on a copy.</source>
        <translation>Ein Szenario wird nie auf die Live-Datenbank angewandt; führen Sie es auf einer Kopie aus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demand factor: expected [region|category|sku|location:]TARGET=FACTOR, not &quot;%1&quot;.</source>
        <translation>Bedarfsfaktor: erwartet [region|category|sku|location:]ZIEL=FAKTOR, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demand factor</source>
        <translation>Bedarfsfaktor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closed lane: expected FROM:TO, not &quot;%1&quot;.</source>
        <translation>Geschlossene Relation: erwartet VON:NACH, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead time: expected SUPPLIER=DAYS, not &quot;%1&quot;.</source>
        <translation>Wiederbeschaffungszeit: erwartet LIEFERANT=TAGE, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead time</source>
        <translation>Wiederbeschaffungszeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget factor</source>
        <translation>Budgetfaktor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New site: expected CODE:TEMPLATE[:CAPACITY[:SHARE]], not &quot;%1&quot;.</source>
        <translation>Neuer Standort: erwartet CODE:VORLAGE[:KAPAZITÄT[:ANTEIL]], nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New site capacity</source>
        <translation>Kapazität des neuen Standorts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New site demand share</source>
        <translation>Bedarfsanteil des neuen Standorts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A demand factor needs a region, category, SKU or location.</source>
        <translation>Ein Bedarfsfaktor benötigt eine Region, Kategorie, SKU oder einen Standort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown demand scope &quot;%1&quot;.</source>
        <translation>Unbekannter Bedarfsbereich „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A demand factor must be between 0 and 100.</source>
        <translation>Ein Bedarfsfaktor muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed lane needs two different locations.</source>
        <translation>Eine geschlossene Relation benötigt zwei verschiedene Standorte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lead-time change needs a supplier.</source>
        <translation>Eine Änderung der Wiederbeschaffungszeit benötigt einen Lieferanten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lead-time change must be within ±3650 days.</source>
        <translation>Eine Änderung der Wiederbeschaffungszeit muss innerhalb von ±3650 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A budget factor must be above 0 and at most 100.</source>
        <translation>Ein Budgetfaktor muss über 0 und höchstens 100 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new site needs its own code and a template site.</source>
        <translation>Ein neuer Standort benötigt einen eigenen Code und einen Vorlagenstandort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new site&apos;s share of demand must be between 0 and 1.</source>
        <translation>Der Bedarfsanteil des neuen Standorts muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new site&apos;s capacity must be positive (or −1 for unlimited).</source>
        <translation>Die Kapazität des neuen Standorts muss positiv sein (oder −1 für unbegrenzt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown edit.</source>
        <translation>Unbekannte Änderung.</translation>
    </message>
    <message>
        <location filename="../solvers/scenario/ScenarioRunner.cpp" line="+31"/>
        <source>The scenario run was cancelled.</source>
        <translation>Der Szenariolauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown plan kind &quot;%1&quot; in the scenario.</source>
        <translation>Unbekannte Planart „%1“ im Szenario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario&apos;s horizon or bucket size is out of range.</source>
        <translation>Horizont oder Periodenlänge des Szenarios liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the database</source>
        <translation>Datenbank wird kopiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No temporary folder for the scenario&apos;s copy: %1</source>
        <translation>Kein temporärer Ordner für die Kopie des Szenarios: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Applying the scenario</source>
        <translation>Szenario wird angewandt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock health</source>
        <translation>Bestandsgesundheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the plan input</source>
        <translation>Planeingabe wird gelesen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planning (%1 s)</source>
        <translation>Planung (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planning without a budget</source>
        <translation>Planung ohne Budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulating the plan</source>
        <translation>Plan wird simuliert</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios::Applier</name>
    <message>
        <location filename="../core/scenario/WhatIf.cpp" line="-495"/>
        <source>Policy override %1 × %2: unknown location or SKU, skipped.</source>
        <translation>Strategie-Ausnahme %1 × %2: unbekannter Standort oder unbekannte SKU, übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKU %1 is not in the database, its costs were skipped.</source>
        <translation>SKU %1 ist nicht in der Datenbank, ihre Kosten wurden übersprungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location %1 is not in the database, skipped.</source>
        <translation>Standort %1 ist nicht in der Datenbank, übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lane %1 → %2 (%3) is not in the database, skipped.</source>
        <translation>Relation %1 → %2 (%3) ist nicht in der Datenbank, übersprungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier %1 is not in the database, skipped.</source>
        <translation>Lieferant %1 ist nicht in der Datenbank, übersprungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forecast override %1 × %2: unknown location or SKU, skipped.</source>
        <translation>Prognosekorrektur %1 × %2: unbekannter Standort oder unbekannte SKU, übersprungen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: no demand matches.</source>
        <translation>%1: kein Bedarf passt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: there is no such lane.</source>
        <translation>%1: diese Relation gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no such supplier.</source>
        <translation>%1: diesen Lieferanten gibt es nicht.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: the template site %2 is not in the database.</source>
        <translation>%1: der Vorlagenstandort %2 ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a location %2 exists already.</source>
        <translation>%1: ein Standort %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New site %1 (what-if)</source>
        <translation>Neuer Standort %1 (Was-wäre-wenn)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios::Testing</name>
    <message>
        <location filename="../core/scenario/ScenarioFile.cpp" line="+14"/>
        <source>Format version %1 cannot be written.</source>
        <translation>Formatversion %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Solvers</name>
    <message>
        <location filename="../solvers/mip/MipSolver.cpp" line="+147"/>
        <source>The model has %1 non-zeros, more than CBC can load.</source>
        <translation>Das Modell hat %1 Nicht-Nullen, mehr als CBC laden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 refers to column %2; the model has %3 columns.</source>
        <translation>Zeile %1 verweist auf Spalte %2; das Modell hat %3 Spalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 has a coefficient that is not a finite number.</source>
        <translation>Zeile %1 hat einen Koeffizienten, der keine endliche Zahl ist.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Column %1 has a bound or cost that is not a number.</source>
        <translation>Spalte %1 hat eine Schranke oder Kosten, die keine Zahl sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 has a bound that is not a number.</source>
        <translation>Zeile %1 hat eine Schranke, die keine Zahl ist.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Clp stopped with status %1: %2</source>
        <translation>Clp hat mit Status %1 angehalten: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The MIP start was not taken with preprocessing on; it was used with preprocessing off.</source>
        <translation>Der MIP-Start wurde mit Presolve nicht übernommen; er wurde ohne Presolve verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MIP start was used.</source>
        <translation>Der MIP-Start wurde verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MIP start was rejected with preprocessing on and off.</source>
        <translation>Der MIP-Start wurde mit und ohne Presolve abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MIP start was rejected.</source>
        <translation>Der MIP-Start wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its largest violation is %1.</source>
        <translation>Seine größte Verletzung ist %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column %1 has no finite value</source>
        <translation>Spalte %1 hat keinen endlichen Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integer column %1 is %2</source>
        <translation>ganzzahlige Spalte %1 ist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 is %2, outside [%3, %4]</source>
        <translation>Spalte %1 ist %2, außerhalb von [%3, %4]</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>CBC stopped with status %1/%2: %3</source>
        <translation>CBC hat mit Status %1/%2 angehalten: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The MIP start was rejected: %1.</source>
        <translation>Der MIP-Start wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The MIP start has %1 values; the model has %2 columns.</source>
        <translation>Der MIP-Start hat %1 Werte; das Modell hat %2 Spalten.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The model refers to column %1; it has %2 columns.</source>
        <translation>Das Modell verweist auf Spalte %1; es hat %2 Spalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+134"/>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+56"/>
        <location line="+5"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../solvers/mip/MipBlocks.cpp" line="+138"/>
        <source>The LP relaxation (%1 rows, %2 columns) did not finish in %3 s</source>
        <translation>Die LP-Relaxation (%1 Zeilen, %2 Spalten) wurde nicht in %3 s fertig</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+271"/>
        <source>; the start is kept</source>
        <translation>; der Startplan bleibt</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>LP relaxation %1 (%2 s)</source>
        <translation>LP-Relaxation %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>, no rounding in time</source>
        <translation>, keine Rundung in der Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, rounded %1</source>
        <translation>, gerundet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no time left for CBC&apos;s search</source>
        <translation>; keine Zeit mehr für die Suche von CBC</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>, rounded %1; CBC gave nothing better%2</source>
        <translation>, gerundet %1; CBC fand nichts Besseres%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rounded %1, CBC %2</source>
        <translation>, gerundet %1, CBC %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Solvers::Detail</name>
    <message>
        <location filename="../solvers/mip/MipSolver.cpp" line="-184"/>
        <source>CBC failed: %1 (%2::%3)</source>
        <translation>CBC fehlgeschlagen: %1 (%2::%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solver failed: %1</source>
        <translation>Der Solver ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../solvers/mip/MipSolverIsolated.cpp" line="+313"/>
        <source>The solver did not stop in time and was ended; no solution is kept.</source>
        <translation>Der Solver hat nicht rechtzeitig angehalten und wurde beendet; es wird keine Lösung behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model could not be written</source>
        <translation>das Modell konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model was written to %1</source>
        <translation>das Modell wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver crashed (signal %1); %2</source>
        <translation>Der Solver ist abgestürzt (Signal %1); %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver process ended without a result (exit code %1); %2</source>
        <translation>Der Solver-Prozess endete ohne Ergebnis (Exit-Code %1); %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage</name>
    <message>
        <location filename="../core/storage/UndoJournal.cpp" line="+27"/>
        <source>The edit history could not be stored: %1</source>
        <translation>Der Bearbeitungsverlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The edit history could not be stored: %1 of %2 edits in force.</source>
        <translation>Der Bearbeitungsverlauf konnte nicht gespeichert werden: %1 von %2 Änderungen in Kraft.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The stored edit history has a gap at position %1.</source>
        <translation>Der gespeicherte Bearbeitungsverlauf hat eine Lücke an Position %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored edit history says %1 of its %2 edits are in force.</source>
        <translation>Laut gespeichertem Bearbeitungsverlauf sind %1 seiner %2 Änderungen in Kraft.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::Connection</name>
    <message>
        <location filename="../core/storage/Connection.cpp" line="+36"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Stockshift database (%2).</source>
        <translation>%1 ist keine Stockshift-Datenbank (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was written by a newer version of Stockshift (schema version %2; this version reads up to %3). Update Stockshift to open it.</source>
        <translation>%1 wurde von einer neueren Stockshift-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Stockshift, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has schema version %2 and must be upgraded to %3; open it read-write once.</source>
        <translation>%1 hat Schemaversion %2 und muss auf %3 aktualisiert werden; öffnen Sie sie einmal mit Schreibzugriff.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation>Aktualisierung von %1 auf Schemaversion %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>SQL failed (%1): %2</source>
        <translation>SQL fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::DataEdits</name>
    <message>
        <location filename="../core/storage/DataEdits.cpp" line="+45"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shelf life days</source>
        <translation>Haltbarkeit (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack size</source>
        <translation>Verpackungseinheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity units</source>
        <translation>Kapazität (Einheiten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling cost</source>
        <translation>Handlingkosten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Lead time days</source>
        <translation>Wiederbeschaffungszeit (Tage)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cost per unit</source>
        <translation>Kosten je Einheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity per period</source>
        <translation>Kapazität je Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moq</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order multiple</source>
        <translation>Bestellvielfaches</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be text.</source>
        <translation>%1 muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number ≥ 0, or empty.</source>
        <translation>%1 muss eine Zahl ≥ 0 oder leer sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number ≥ 0.</source>
        <translation>%1 muss eine Zahl ≥ 0 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number &gt; 0.</source>
        <translation>%1 muss eine Zahl &gt; 0 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a whole number ≥ 0.</source>
        <translation>%1 muss eine ganze Zahl ≥ 0 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Storing the edit failed: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The settlement ledger is append-only and cannot be edited.</source>
        <translation>Das Abrechnungsjournal kann nur ergänzt, nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column %1 of %2 cannot be edited.</source>
        <translation>Die Spalte %1 von %2 kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+18"/>
        <source>The row was not found; it may have been deleted.</source>
        <translation>Die Zeile wurde nicht gefunden; sie wurde womöglich gelöscht.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::Transaction</name>
    <message>
        <location filename="../core/storage/Connection.cpp" line="+22"/>
        <source>No transaction is active.</source>
        <translation>Es ist keine Transaktion aktiv.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers</name>
    <message>
        <location filename="../core/tiers/TierConfig.cpp" line="+69"/>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost-optimised</source>
        <translation>Kostenoptimiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../core/tiers/TierEngine.cpp" line="+205"/>
        <source>No tiers are defined.</source>
        <translation>Es sind keine Stufen definiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tier %1 has no name.</source>
        <translation>Stufe %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier key &quot;%1&quot; must be 1 to 40 lower-case letters, digits or &apos;-&apos;.</source>
        <translation>Stufenschlüssel „%1“ muss aus 1 bis 40 Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier key &quot;%1&quot; is used by more than one tier.</source>
        <translation>Stufenschlüssel „%1“ wird von mehr als einer Stufe verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the promise must be more than 0 days, not %2.</source>
        <translation>%1: die Zusage muss mehr als 0 Tage betragen, nicht %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the capacity reserve must be from 0 to 100%, not %2%.</source>
        <translation>%1: die Kapazitätsreserve muss zwischen 0 und 100 % liegen, nicht %2 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only one Dynamic Overflow tier may be defined: %1 and %2 both are.</source>
        <translation>Nur eine Dynamic-Overflow-Stufe darf definiert sein: %1 und %2 sind es beide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a percentile threshold must be from 0 to 100, not %2.</source>
        <translation>%1: eine Perzentilschwelle muss zwischen 0 und 100 liegen, nicht %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a CLTV threshold must not be negative, not %2.</source>
        <translation>%1: eine CLTV-Schwelle darf nicht negativ sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capacity reserves add up to %1%: they must leave capacity for the other tiers (less than 100%).</source>
        <translation>Die Kapazitätsreserven ergeben zusammen %1 %: sie müssen Kapazität für die anderen Stufen lassen (weniger als 100 %).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the Dynamic Overflow tier is defined: customers need at least one tier.</source>
        <translation>Nur die Dynamic-Overflow-Stufe ist definiert: Kunden benötigen mindestens eine Stufe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thresholds must fall from tier to tier: %1 (%2) must be above %3 (%4).</source>
        <translation>Die Schwellen müssen von Stufe zu Stufe fallen: %1 (%2) muss über %3 (%4) liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 promises %2 days, slower than %3 below it (%4 days).</source>
        <translation>%1 sagt %2 Tage zu, langsamer als %3 darunter (%4 Tage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the lowest tier and must start at 0, not %2: customers below it would have no tier.</source>
        <translation>%1 ist die unterste Stufe und muss bei 0 beginnen, nicht bei %2: Kunden darunter hätten keine Stufe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer regions are known: tiers cannot be assigned to regions.</source>
        <translation>Es sind keine Kundenregionen bekannt: Stufen können keinen Regionen zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region %1 is not served by %2: no location with a path there stocks at least %3% of its demand.</source>
        <translation>Region %1 wird nicht von %2 bedient: kein Standort mit einem Weg dorthin führt mindestens %3 % ihres Bedarfs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region %1, %2: every location that could serve it is at capacity and no Dynamic Overflow tier is defined.</source>
        <translation>Region %1, %2: jeder Standort, der sie bedienen könnte, ist ausgelastet, und es ist keine Dynamic-Overflow-Stufe definiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region %1, %2: its locations are at capacity; orders overflow to %3 (%4 days, incentive %5 per order).</source>
        <translation>Region %1, %2: ihre Standorte sind ausgelastet; Aufträge fließen über zu %3 (%4 Tage, Anreiz %5 je Auftrag).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 promises %2 days in region %3, but its best option (%4, %5) takes %6 days with the lanes&apos; lead times.</source>
        <translation>%1 sagt in Region %3 %2 Tage zu, aber die beste Option (%4, %5) braucht mit den Wiederbeschaffungszeiten der Relationen %6 Tage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 met its promise for %2% of the simulated orders; at least %3% are wanted.</source>
        <translation>%1 hat die Zusage für %2 % der simulierten Aufträge eingehalten; mindestens %3 % sind gewünscht.</translation>
    </message>
    <message>
        <location filename="../core/tiers/TierStore.cpp" line="+26"/>
        <source>The tier configurations could not be read or written: %1</source>
        <translation>Die Stufenkonfigurationen konnten nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No tier configuration &quot;%1&quot; is stored: build one first (stockshift-cli tiers build).</source>
        <translation>Keine Stufenkonfiguration „%1“ gespeichert: erstellen Sie zuerst eine (stockshift-cli tiers build).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier configuration &quot;%1&quot; has no version %2.</source>
        <translation>Stufenkonfiguration „%1“ hat keine Version %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers::JsonSchema::Validator</name>
    <message>
        <location filename="../core/tiers/JsonSchema.cpp" line="+68"/>
        <source>references nest deeper than 64 levels</source>
        <translation>Verweise sind tiefer als 64 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown reference %1</source>
        <translation>unbekannter Verweis %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is %1, not %2</source>
        <translation>ist %1, nicht %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of %1, not %2</source>
        <translation>muss eines von %1 sein, nicht %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lacks the required member &quot;%1&quot;</source>
        <translation>es fehlt das Pflichtelement „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has the unknown member &quot;%1&quot;</source>
        <translation>hat das unbekannte Element „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>has %1 items, fewer than %2</source>
        <translation>hat %1 Einträge, weniger als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has %1 items, more than %2</source>
        <translation>hat %1 Einträge, mehr als %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is below the minimum %1</source>
        <translation>liegt unter dem Minimum %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is above the maximum %1</source>
        <translation>liegt über dem Maximum %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be above %1</source>
        <translation>muss über %1 liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be below %1</source>
        <translation>muss unter %1 liegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is shorter than %1 characters</source>
        <translation>ist kürzer als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid pattern %1</source>
        <translation>ungültiges Muster %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported keyword &quot;%1&quot;</source>
        <translation>nicht unterstütztes Schlüsselwort „%1“</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers::TierConfig</name>
    <message>
        <location filename="../core/tiers/TierConfig.cpp" line="+26"/>
        <source>Platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dynamic Overflow</source>
        <translation>Dynamic Overflow</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The tier configuration is larger than 64 MB; it is not read.</source>
        <translation>Die Stufenkonfiguration ist größer als 64 MB; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration is not valid JSON: %1 at character %2.</source>
        <translation>Die Stufenkonfiguration ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration must be a JSON object.</source>
        <translation>Die Stufenkonfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration has format version %1; this Stockshift reads version %2 and older.</source>
        <translation>Die Stufenkonfiguration hat Formatversion %1; diese Stockshift-Version liest Version %2 und älter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tier configuration schema is missing from this build.</source>
        <translation>Das Schema der Stufenkonfiguration fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier configuration does not match its schema: %1.</source>
        <translation>Die Stufenkonfiguration entspricht nicht ihrem Schema: %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The tier configuration defines the tier &quot;%1&quot; twice.</source>
        <translation>Die Stufenkonfiguration definiert die Stufe „%1“ doppelt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An assignment of region %1 names the unknown tier &quot;%2&quot;.</source>
        <translation>Eine Zuordnung der Region %1 nennt die unbekannte Stufe „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region %1 is assigned to tier &quot;%2&quot; twice.</source>
        <translation>Region %1 ist der Stufe „%2“ doppelt zugeordnet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The check names the unknown tier &quot;%1&quot;.</source>
        <translation>Die Prüfung nennt die unbekannte Stufe „%1“.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AccuracyTableModel</name>
    <message>
        <location filename="../ui/forecast/AccuracyModels.cpp" line="+67"/>
        <source>The planner&apos;s overrides improved WAPE from %1% to %2%.</source>
        <translation>Die Korrekturen des Planers haben den WAPE von %1 % auf %2 % verbessert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planner&apos;s overrides worsened WAPE from %1% to %2%.</source>
        <translation>Die Korrekturen des Planers haben den WAPE von %1 % auf %2 % verschlechtert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAPE %</source>
        <translation>WAPE %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bias %</source>
        <translation>Bias %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat. WAPE %</source>
        <translation>Stat. WAPE %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU × location, SKU, location, category or the network</source>
        <translation>SKU × Standort, SKU, Standort, Kategorie oder das Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series × periods with actuals (out-of-stock periods are left out)</source>
        <translation>Zeitreihen × Perioden mit Istwerten (Perioden ohne Bestand bleiben außen vor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold in the evaluated periods</source>
        <translation>In den bewerteten Perioden verkaufte Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final forecast (overrides applied) for those periods</source>
        <translation>Endgültige Prognose (mit Korrekturen) für diese Perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ|forecast − actual| / Σ actual</source>
        <translation>Σ|Prognose − Ist| / Σ Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of |forecast − actual| / actual over periods that sold</source>
        <translation>Mittelwert von |Prognose − Ist| / Ist über Perioden mit Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute error over the history&apos;s one-step naive error (&lt; 1: better than naive)</source>
        <translation>Mittlerer absoluter Fehler im Verhältnis zum naiven Einschrittfehler der Historie (&lt; 1: besser als naiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Σ forecast − Σ actual) / Σ actual; positive = over-forecast</source>
        <translation>(Σ Prognose − Σ Ist) / Σ Ist; positiv = Überprognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ(actual − forecast) / mean |error| over the periods; beyond ±4 the error is persistent</source>
        <translation>Σ(Ist − Prognose) / mittlerer |Fehler| über die Perioden; jenseits von ±4 ist der Fehler anhaltend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAPE of the statistical forecast alone, before overrides</source>
        <translation>WAPE der rein statistischen Prognose, vor Korrekturen</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AccuracyView</name>
    <message>
        <location filename="../ui/forecast/AccuracyView.cpp" line="+67"/>
        <source>Evaluate against actuals</source>
        <translation>Gegen Istwerte bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every stored forecast run with the sales that arrived after it, and raise alerts when accuracy drops.</source>
        <translation>Jeden gespeicherten Prognoselauf mit den danach eingegangenen Verkäufen vergleichen und warnen, wenn die Genauigkeit sinkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by location</source>
        <translation>nach Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by category</source>
        <translation>nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SKU</source>
        <translation>nach SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SKU × location</source>
        <translation>nach SKU × Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Largest error first. Double-click a SKU × location to open its forecast.</source>
        <translation>Größter Fehler zuerst. Doppelklick auf eine SKU × Standort öffnet ihre Prognose.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click an alert about a SKU × location to open it.</source>
        <translation>Doppelklick auf eine Warnung zu einer SKU × Standort öffnet sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Dismiss alert</source>
        <translation>Warnung verwerfen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Open forecast alerts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offene Prognosewarnungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Suggested: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Vorschlag: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Evaluating…</source>
        <translation>Wird bewertet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No forecast run has actuals yet: run a forecast as of an earlier date in the Forecasts area, or import the sales that followed a run.</source>
        <translation>Noch kein Prognoselauf hat Istwerte: rechnen Sie im Bereich Prognosen eine Prognose zu einem früheren Datum oder importieren Sie die Verkäufe nach einem Lauf.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new alert(s).</source>
        <translation>
            <numerusform>%n neue Warnung.</numerusform>
            <numerusform>%n neue Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#%1 · from %2 · %3 %4</source>
        <translation>#%1 · ab %2 · %3 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No accuracy yet. Press &lt;i&gt;Evaluate against actuals&lt;/i&gt; once a forecast run has periods with sales after it (run a forecast as of an earlier date to measure one now).</source>
        <translation>Noch keine Genauigkeit. Klicken Sie auf &lt;i&gt;Gegen Istwerte bewerten&lt;/i&gt;, sobald ein Prognoselauf Perioden mit späteren Verkäufen hat (rechnen Sie eine Prognose zu einem früheren Datum, um jetzt eine zu messen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run %1 against %2 periods of actuals: &lt;b&gt;WAPE %3%&lt;/b&gt;, MAPE %4%, MASE %5, bias %6%, tracking signal %7. The statistical forecast alone: WAPE %8%.</source>
        <translation>Lauf %1 gegen %2 Perioden mit Istwerten: &lt;b&gt;WAPE %3 %&lt;/b&gt;, MAPE %4 %, MASE %5, Bias %6 %, Tracking-Signal %7. Nur statistische Prognose: WAPE %8 %.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Accuracy over time appears once runs have been evaluated.</source>
        <translation>Die Genauigkeit im Zeitverlauf erscheint, sobald Läufe bewertet wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>WAPE %</source>
        <translation>WAPE %</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Statistical WAPE %</source>
        <translation>Statistischer WAPE %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bias %</source>
        <translation>Bias %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — accuracy by forecast run (date the forecast started)</source>
        <translation>%1 – Genauigkeit je Prognoselauf (Startdatum der Prognose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AdjustmentModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+148"/>
        <source>outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stockout</source>
        <translation>Fehlbestand</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learnt as</source>
        <translation>Gelernt als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AlertModel</name>
    <message>
        <location filename="../ui/forecast/AccuracyModels.cpp" line="+44"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::CandidateModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="-123"/>
        <source>chosen: lowest backtest MAE</source>
        <translation>gewählt: niedrigster Backtest-MAE</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Method</source>
        <translation>Methode</translation>
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
        <translation>Bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-sample RMSE</source>
        <translation>RMSE (in-sample)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Ursprünge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
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
        <translation>Fix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordering</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Lagerhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost margin</source>
        <translation>Entgangene Marge</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>simulated cost over the horizon</source>
        <translation>simulierte Kosten über den Horizont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total cost by method (mean of %1 runs)</source>
        <translation>Gesamtkosten je Methode (Mittel aus %1 Läufen)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>plan saves %1</source>
        <translation>Plan spart %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan costs %1 more</source>
        <translation>Plan kostet %1 mehr</translation>
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
        <translation>Um wie viel der Plan in der Simulation günstiger ist als %1 (negativ: teurer).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demand served from stock over demand, mean of the runs.</source>
        <translation>Aus Bestand bedienter Bedarf im Verhältnis zum Bedarf, Mittel der Läufe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport + fixed + ordering + holding + lost margin: the mean of the runs ± its standard deviation across them.</source>
        <translation>Transport + fix + Bestellung + Lagerhaltung + entgangene Marge: Mittel der Läufe ± deren Standardabweichung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock left at the end of the horizon, units.</source>
        <translation>Restbestand am Ende des Horizonts, Einheiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s saving against this method, in % of its total cost.</source>
        <translation>Die Einsparung des Plans gegenüber dieser Methode, in % ihrer Gesamtkosten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost units</source>
        <translation>Verlorene Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding</source>
        <translation>Lagerhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost margin</source>
        <translation>Entgangene Marge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost ± sd</source>
        <translation>Gesamtkosten ± Std.-Abw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending stock</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan saves</source>
        <translation>Plan spart</translation>
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
        <translation>Fix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Lagerhaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost margin</source>
        <translation>Entgangene Marge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety-stock shortfall</source>
        <translation>Sicherheitsbestandsunterschreitung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan %1 · %2</source>
        <translation>Plan %1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cost over the horizon</source>
        <translation>Kosten über den Horizont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost by part over %1 %2, demand as forecast</source>
        <translation>Kosten nach Anteil über %1 %2, Bedarf laut Prognose</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::EditListModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+158"/>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane closed</source>
        <translation>Relation geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Wiederbeschaffungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ExportView</name>
    <message>
        <location filename="../ui/export/ExportView.cpp" line="+70"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders:</source>
        <translation>Aufträge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer orders</source>
        <translation>Umlagerungsaufträge</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic (Stockshift)</source>
        <translation>Generisch (Stockshift)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (re-imports there)</source>
        <translation>%1 (dort reimportierbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV layout: Stockshift&apos;s own, or the open-orders layout of an ERP&apos;s import profile so that the file re-imports there.</source>
        <translation>Das CSV-Layout: das von Stockshift oder das Layout für offene Aufträge aus dem Importprofil eines ERP, damit sich die Datei dort wieder importieren lässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV layout:</source>
        <translation>CSV-Layout:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile&apos;s default</source>
        <translation>Standard des Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal comma (e.g. German Excel)</source>
        <translation>Dezimalkomma (z. B. deutsches Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 mit Byte Order Mark (für Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the new orders to a folder and marks their lines as exported.</source>
        <translation>Schreibt die neuen Aufträge in einen Ordner und markiert ihre Zeilen als exportiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export revision…</source>
        <translation>Revision exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-issues orders already exported under the same number with the next revision.</source>
        <translation>Gibt bereits exportierte Aufträge unter derselben Nummer mit der nächsten Revision neu aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order…</source>
        <translation>Auftrag stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels the selected exported order; its number is never used again.</source>
        <translation>Storniert den ausgewählten exportierten Auftrag; seine Nummer wird nie wieder verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop</source>
        <translation>Stopp</translation>
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
        <translation>PDF (ein Dokument je Auftrag)</translation>
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
        <translation>Alle fünf Formate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF pick list</source>
        <translation>PDF-Kommissionierliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and PDF pick list</source>
        <translation>CSV und PDF-Kommissionierliste</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Plan %1 — %2, %3, %4</source>
        <translation>Plan %1 – %2, %3, %4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There are no plans yet: make one in the Plans area and approve its lines there.</source>
        <translation>Es gibt noch keine Pläne: erstellen Sie einen im Bereich Pläne und geben Sie dort seine Zeilen frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan %1 has no approved %2 lines. Approve lines in the Plans area; they appear here grouped into orders.</source>
        <translation>Plan %1 hat keine freigegebenen Zeilen (%2). Geben Sie Zeilen im Bereich Pläne frei; sie erscheinen hier zu Aufträgen gruppiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>purchase</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders ready to export, %2 exported (%3 with approved lines waiting for a revision), %4 cancelled; value %5.</source>
        <translation>%1 Aufträge exportbereit, %2 exportiert (%3 mit freigegebenen Zeilen, die auf eine Revision warten), %4 storniert; Wert %5.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an order to see its lines.</source>
        <translation>Wählen Sie einen Auftrag, um seine Zeilen zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3) → %4 (%5), ordered %6, delivery from %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (%3) → %4 (%5), bestellt %6, Lieferung ab %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: pick at %2 (%3), first shipment %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: kommissionieren in %2 (%3), erste Sendung %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines: %1, units: %2, value: %3 — %4</source>
        <translation>Positionen: %1, Einheiten: %2, Wert: %3 – %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled %1: %2</source>
        <translation>Storniert %1: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Exporting to %1 …</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 new and %2 revised orders exported: %3 files in %4.</source>
        <translation>%1 neue und %2 revidierte Aufträge exportiert: %3 Dateien in %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 entries added to the partner settlement ledger.</source>
        <translation>%1 Einträge zum Partner-Abrechnungsjournal hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export a revision</source>
        <translation>Revision exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These orders were already sent: %1.

A revision re-issues each of them under the same number with the next revision number, together with any newly approved lines. Suppliers must be told to replace the earlier document.

Export the revisions?</source>
        <translation>Diese Aufträge wurden bereits versandt: %1.

Eine Revision gibt jeden davon unter derselben Nummer mit der nächsten Revisionsnummer neu aus, zusammen mit neu freigegebenen Zeilen. Die Lieferanten müssen angewiesen werden, das frühere Dokument zu ersetzen.

Die Revisionen exportieren?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export orders to folder</source>
        <translation>Aufträge in Ordner exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1 cancelled; its number will not be used again.</source>
        <translation>Auftrag %1 storniert; seine Nummer wird nicht wieder verwendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel order %1</source>
        <translation>Auftrag %1 stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is order %1 cancelled? (kept in the audit log; tell the supplier or the site separately)</source>
        <translation>Warum wird Auftrag %1 storniert? (Bleibt im Prüfprotokoll; informieren Sie Lieferant oder Standort gesondert.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An order is cancelled with a reason.</source>
        <translation>Ein Auftrag wird mit Begründung storniert.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ForecastBucketModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+93"/>
        <source>Overridden: the statistical forecast is %1.</source>
        <translation>Korrigiert: die statistische Prognose ist %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a value to override the forecast of this period (a reason is asked).</source>
        <translation>Geben Sie einen Wert ein, um die Prognose dieser Periode zu korrigieren (ein Grund wird abgefragt).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Period from</source>
        <translation>Periode ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistical</source>
        <translation>Statistisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% low</source>
        <translation>80 % unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>80 % oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% high</source>
        <translation>95 % oben</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ForecastView</name>
    <message>
        <location filename="../ui/forecast/ForecastView.cpp" line="+160"/>
        <location line="+275"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+274"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>automatic (per series)</source>
        <translation>automatisch (je Zeitreihe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic: each series gets the method with the lowest error over rolling backtests among those suited to its demand class.</source>
        <translation>Automatisch: jede Zeitreihe erhält unter den für ihre Bedarfsklasse geeigneten Methoden die mit dem geringsten Fehler in rollierenden Backtests.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast from the history up to an earlier date (a backcast), to measure its accuracy against what was sold afterwards.</source>
        <translation>Prognose aus der Historie bis zu einem früheren Datum (Rückprognose), um ihre Genauigkeit an den späteren Verkäufen zu messen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run forecast</source>
        <translation>Prognose rechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Horizon:</source>
        <translation>Horizont:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By SKU and location…</source>
        <translation>Nach SKU und Standort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By location…</source>
        <translation>Nach Standort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By region…</source>
        <translation>Nach Region…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category…</source>
        <translation>Nach Kategorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network total…</source>
        <translation>Netzwerk gesamt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: location or SKU code, class, method</source>
        <translation>Suche: Standort- oder SKU-Code, Klasse, Methode</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click into the forecast period to override it.</source>
        <translation>Klicken Sie in die Prognoseperiode, um sie zu korrigieren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Override selected periods…</source>
        <translation>Ausgewählte Perioden korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw override</source>
        <translation>Korrektur zurücknehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a final value, or select periods to scale them. Overrides:</source>
        <translation>Geben Sie einen finalen Wert ein oder wählen Sie Perioden zum Skalieren. Korrekturen:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods compared</source>
        <translation>Verglichene Methoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+248"/>
        <source>Cleansing</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+253"/>
        <source>Forecast &amp;&amp; overrides</source>
        <translation>Prognose &amp;&amp; Korrekturen</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Withdraw override of %1 at %2</source>
        <translation>Korrektur von %1 in %2 zurücknehmen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>#%1 · %2 · %3 %4 from %5 · %6</source>
        <translation>#%1 · %2 · %3 %4 ab %5 · %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No forecast yet: press Run forecast.</source>
        <translation>Noch keine Prognose: klicken Sie auf Prognose rechnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts appear here once a run has finished.</source>
        <translation>Prognosen erscheinen hier, sobald ein Lauf abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 series, %2 failed, %3 s; history up to %4</source>
        <translation>%1 Zeitreihen, %2 fehlgeschlagen, %3 s; Historie bis %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forecasting…</source>
        <translation>Prognose läuft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; the runs before are kept.</source>
        <translation>Abgebrochen; die bisherigen Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cleansing (%1)</source>
        <translation>Bereinigung (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast &amp;&amp; overrides (%1)</source>
        <translation>Prognose &amp;&amp; Korrekturen (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no demand in the history</source>
        <translation>kein Bedarf in der Historie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ADI %1 %2 1.32 and CV² %3 %4 0.49</source>
        <translation>ADI %1 %2 1,32 und CV² %3 %4 0,49</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chosen among %1 methods by the lowest error over %2 rolling backtests of the last periods: MAE %3, RMSE %4, MASE %5, bias %6 per period.</source>
        <translation>Gewählt unter %1 Methoden nach dem geringsten Fehler in %2 rollierenden Backtests der letzten Perioden: MAE %3, RMSE %4, MASE %5, Bias %6 je Periode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history is too short for a backtest: the class&apos;s default method.</source>
        <translation>Die Historie ist zu kurz für einen Backtest: Standardmethode der Klasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Fast methods only: the series is outside the most valuable ones this run tried every method family on.</source>
        <translation> Nur schnelle Methoden: die Zeitreihe gehört nicht zu den wertvollsten, für die dieser Lauf jede Methodenfamilie versucht hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learnt from a cleansed history: %1 spike(s) cut, %2 stockout period(s) filled in (see Cleansing).</source>
        <translation>Aus einer bereinigten Historie gelernt: %1 Spitze(n) gekappt, %2 Fehlbestandsperiode(n) aufgefüllt (siehe Bereinigung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history needed no cleansing.</source>
        <translation>Die Historie musste nicht bereinigt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast over the horizon: %1 units</source>
        <translation>Prognose über den Horizont: %1 Einheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (statistical %1; the planner&apos;s overrides change it by %2%)</source>
        <translation> (statistisch %1; die Korrekturen des Planers ändern sie um %2 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> widened ×%1 to the backtest error</source>
        <translation> auf den Backtest-Fehler ×%1 verbreitert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 at %2&lt;/b&gt; — %3 (%4)&lt;br&gt;Demand class: &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;Method: &lt;b&gt;%7&lt;/b&gt;%8&lt;br&gt;%9&lt;br&gt;%10&lt;br&gt;%11.&lt;br&gt;Intervals: 80% and 95%, from the model&apos;s error%12.%13&lt;br&gt;&lt;small&gt;%14&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1 in %2&lt;/b&gt; – %3 (%4)&lt;br&gt;Bedarfsklasse: &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;Methode: &lt;b&gt;%7&lt;/b&gt;%8&lt;br&gt;%9&lt;br&gt;%10&lt;br&gt;%11.&lt;br&gt;Intervalle: 80 % und 95 %, aus dem Modellfehler%12.%13&lt;br&gt;&lt;small&gt;%14&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;br&gt;Events in the horizon: %1</source>
        <translation>&lt;br&gt;Ereignisse im Horizont: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleansed</source>
        <translation>Bereinigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>95%</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>80%</source>
        <translation>80 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spike cut</source>
        <translation>Spitze gekappt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stockout</source>
        <translation>Fehlbestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holiday/event</source>
        <translation>Feiertag/Ereignis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 at %2 — demand per %3</source>
        <translation>%1 in %2 – Bedarf je %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No series is shown.</source>
        <translation>Es wird keine Zeitreihe angezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override %1 at %2: %3</source>
        <translation>Korrektur %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the forecast</source>
        <translation>Prognose exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forecast written to %1.</source>
        <translation>Prognose nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthAlertModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="+536"/>
        <source>%1
Suggested: %2</source>
        <translation>%1
Vorschlag: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Severity</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthDashboard</name>
    <message>
        <location filename="../ui/health/HealthDashboard.cpp" line="+206"/>
        <source>In stock</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point</source>
        <translation>Unter Meldebestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of stock</source>
        <translation>Ohne Bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overstock</source>
        <translation>Überbestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring</source>
        <translation>Verfall droht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock value</source>
        <translation>Bestandswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover</source>
        <translation>Lagerumschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of inventory</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pareto: annual demand value by rank</source>
        <translation>Pareto: jährlicher Bedarfswert nach Rang</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Double-click an alert to open its SKU × location.</source>
        <translation>Doppelklick auf eine Warnung öffnet ihre SKU × Standort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click a location to list its SKUs.</source>
        <translation>Klicken Sie auf einen Standort, um seine SKUs aufzulisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open alerts: %1 critical, %2 warnings, %3 info</source>
        <translation>Offene Warnungen: %1 kritisch, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysing stock health…</source>
        <translation>Bestandsgesundheit wird analysiert…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;h3&gt;Nothing to assess yet&lt;/h3&gt;&lt;p&gt;Stock health needs stock, sales or open orders. Import stock.csv, sales.csv and open-orders.csv (File → Import folder…), then run a forecast for demand that looks ahead.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch nichts zu bewerten&lt;/h3&gt;&lt;p&gt;Die Bestandsgesundheit benötigt Bestand, Verkäufe oder offene Aufträge. Importieren Sie stock.csv, sales.csv und open-orders.csv (Datei → Ordner importieren…) und rechnen Sie dann eine Prognose für vorausschauenden Bedarf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>of %1 active SKU × locations (%2)</source>
        <translation>von %1 aktiven SKU × Standorten (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incl. %1 critical</source>
        <translation>davon %1 kritisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the rows with demand</source>
        <translation>%1 der Zeilen mit Bedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at cost, %2 of the stock value</source>
        <translation>%1 zu Einstandspreis, %2 des Bestandswerts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units (%2) expire unsold in %3 d</source>
        <translation>%1 Einheiten (%2) verfallen unverkauft in %3 T</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at cost; %1 rows without a unit cost</source>
        <translation>zu Einstandspreis; %1 Zeilen ohne Einstandspreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on hand at cost</source>
        <translation>Lagerbestand zu Einstandspreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COGS a year %1 / stock value</source>
        <translation>Wareneinsatz pro Jahr %1 / Bestandswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock value / COGS a day</source>
        <translation>Bestandswert / Wareneinsatz pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventory position at or below the reorder point: order now. Critical rows run out before an order placed today can arrive. Click to list them.</source>
        <translation>Disponibler Bestand auf oder unter dem Meldebestand: jetzt bestellen. Kritische Zeilen laufen leer, bevor eine heute aufgegebene Bestellung eintreffen kann. Klicken Sie, um sie aufzulisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost of goods sold over the last year (%1) / stock value at cost (%2). The database keeps no stock history, so today&apos;s stock stands for the average.</source>
        <translation>Wareneinsatz des letzten Jahres (%1) / Bestandswert zu Einstandspreis (%2). Die Datenbank speichert keine Bestandshistorie, daher steht der heutige Bestand für den Durchschnitt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows whose status is expiring: units in lots that expire before the forecast can sell them (FEFO), within %1 days. The units count every row&apos;s. Click to list them.</source>
        <translation>Zeilen mit Status Verfall: Einheiten in Chargen, die verfallen, bevor die Prognose sie verkaufen kann (FEFO), innerhalb von %1 Tagen. Die Einheiten zählen alle Zeilen. Klicken Sie, um sie aufzulisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing available while demand goes on. Click to list them.</source>
        <translation>Nichts verfügbar, obwohl Bedarf besteht. Klicken Sie, um sie aufzulisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover above %1 days, or stock without a sale for %2 days. Click to list them.</source>
        <translation>Reichweite über %1 Tage oder Bestand ohne Verkauf seit %2 Tagen. Klicken Sie, um sie aufzulisten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Below ROP</source>
        <translation>Unter MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of the SKU × locations. Click to list them.</source>
        <translation>%1: %2 der SKU × Standorte. Klicken Sie, um sie aufzulisten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status of %1 SKU × locations</source>
        <translation>Status von %1 SKU × Standorten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>M</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>k</source>
        <translation>Tsd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU × locations by rank</source>
        <translation>SKU × Standorte nach Rang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value (%1)</source>
        <translation>Wert (%1)</translation>
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
        <translation>%1 A-Zeilen tragen %2 des jährlichen Bedarfswerts, %3 B-Zeilen die nächsten %4, %5 C-Zeilen den Rest.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthDetailPanel</name>
    <message>
        <location filename="../ui/health/HealthDetailPanel.cpp" line="+84"/>
        <source>Simulate this policy</source>
        <translation>Diese Strategie simulieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Simulates two years of this SKU × location day by day, 20 times, with demand drawn from the forecast and random lead times, under the recommended policy.</source>
        <translation>Simuliert zwei Jahre dieser SKU × Standort Tag für Tag, 20-mal, mit Bedarf aus der Prognose und zufälligen Wiederbeschaffungszeiten, unter der empfohlenen Strategie.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Override policy…</source>
        <translation>Strategie übersteuern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this SKU × location its own policy settings (with a reason).</source>
        <translation>Dieser SKU × Standort eigene Strategieeinstellungen geben (mit Begründung).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Why&lt;/b&gt; — every figure with its formula and inputs</source>
        <translation>&lt;b&gt;Warum&lt;/b&gt; – jede Zahl mit Formel und Eingaben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot simulate: %1</source>
        <translation>Simulation nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a SKU × location to see its projected stock and why each figure is what it is.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine SKU × Standort, um ihren prognostizierten Bestand zu sehen und warum jede Zahl so ist, wie sie ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing available while demand goes on</source>
        <translation>nichts verfügbar, obwohl Bedarf besteht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the projection runs out on %1, before an order placed today can arrive (lead time %2 d)</source>
        <translation>die Projektion läuft am %1 leer, bevor eine heute aufgegebene Bestellung eintreffen kann (Wiederbeschaffungszeit %2 T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position %1 ≤ reorder point %2</source>
        <translation>disponibler Bestand %1 ≤ Meldebestand %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units expire unsold within %2 days</source>
        <translation>%1 Einheiten verfallen unverkauft innerhalb von %2 Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stock without a sale in the last year</source>
        <translation>Bestand ohne Verkauf im letzten Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock without a sale for %1 days</source>
        <translation>Bestand ohne Verkauf seit %1 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days of cover, above %2</source>
        <translation>%1 Tage Reichweite, über %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position above the reorder point, %1 days of cover</source>
        <translation>disponibler Bestand über dem Meldebestand, %1 Tage Reichweite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no stock, no demand, nothing on order</source>
        <translation>kein Bestand, kein Bedarf, nichts bestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>Prognoselauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last 91 days of sales (no forecast)</source>
        <translation>die Verkäufe der letzten 91 Tage (keine Prognose)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 locations it feeds</source>
        <translation>die %1 Standorte, die er beliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no demand</source>
        <translation>kein Bedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at &lt;b&gt;%3&lt;/b&gt; %4 — &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;: %7&lt;br&gt;Segment &lt;b&gt;%8&lt;/b&gt; · available %9 · on order %10 · in transit %11 · demand %12/day from %13 · cover %14 d · stockout %15 · expiring %16 · value %17 · in stock %18 of the days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 in &lt;b&gt;%3&lt;/b&gt; %4 – &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;: %7&lt;br&gt;Segment &lt;b&gt;%8&lt;/b&gt; · verfügbar %9 · bestellt %10 · unterwegs %11 · Bedarf %12/Tag aus %13 · Reichweite %14 T · Fehlbestand %15 · Verfall %16 · Wert %17 · verfügbar an %18 der Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— (no unit cost)</source>
        <translation>– (kein Einstandspreis)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Without open orders</source>
        <translation>Ohne offene Aufträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected stock</source>
        <translation>Prognostizierter Bestand</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reorder point = order-up-to</source>
        <translation>Meldebestand = Bestellniveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order-up-to</source>
        <translation>Bestellniveau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order arrives</source>
        <translation>Bestellung trifft ein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 units (%3)%4</source>
        <translation>%1: %2 Einheiten (%3)%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, overdue: counted today</source>
        <translation>, überfällig: heute gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires unsold</source>
        <translation>Verfällt unverkauft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 units expire unsold</source>
        <translation>%1: %2 Einheiten verfallen unverkauft</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 — projected stock over %3 days (FEFO, expired stock is not cover)</source>
        <translation>%1 in %2 – prognostizierter Bestand über %3 Tage (FEFO, verfallener Bestand zählt nicht zur Reichweite)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot simulate: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Simulation nicht möglich: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Simulating %1 runs of %2 days…</source>
        <translation>%1 Läufe über %2 Tage werden simuliert…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Simulated&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;achieved&lt;/i&gt;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;target&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cycle service level&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fill rate&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Average stock&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;SS %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cost a year&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;small&gt;Holding %8 · ordering %9 · lost margin %10. %11 runs × %12 days, %13 cycles, %14 orders a year; demand drawn from the forecast, unmet demand lost%15.&lt;/small&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Simuliert&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;erreicht&lt;/i&gt;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;Ziel&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zyklus-Servicegrad&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Füllrate&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Durchschnittsbestand&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;SB %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kosten pro Jahr&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;small&gt;Lagerhaltung %8 · Bestellung %9 · entgangene Marge %10. %11 Läufe × %12 Tage, %13 Zyklen, %14 Bestellungen pro Jahr; Bedarf aus der Prognose gezogen, ungedeckter Bedarf verloren%15.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (no price: lost sales cost nothing)</source>
        <translation> (kein Preis: entgangene Verkäufe kosten nichts)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthFormat</name>
    <message>
        <location filename="../ui/health/HealthFormat.cpp" line="+61"/>
        <source>%1 bn</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no demand</source>
        <translation>kein Bedarf</translation>
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
        <translation>Jährlicher Bedarfswert %1 (kumuliert %2 des Netzwerks); wöchentlicher VK %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on purchase orders, %2 in transit</source>
        <translation>%1 in Bestellungen, %2 unterwegs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Days until the projected stockout of stock and inbound under the forecast; expiring stock is not cover.</source>
        <translation>Tage bis zum prognostizierten Fehlbestand von Bestand und Zugängen laut Prognose; verfallender Bestand zählt nicht zur Reichweite.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No stockout projected within the %1-day horizon.</source>
        <translation>Kein Fehlbestand innerhalb des Horizonts von %1 Tagen prognostiziert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units of demand go unmet over the horizon without new orders.</source>
        <translation>%1 Einheiten Bedarf bleiben über den Horizont ohne neue Bestellungen ungedeckt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 units in lots expiring by %2 (within %3 days); %4 of them expire unsold (value %5)</source>
        <translation>%1 Einheiten in Chargen mit Verfall bis %2 (innerhalb von %3 Tagen); davon verfallen %4 unverkauft (Wert %5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The unit cost is unknown.</source>
        <translation>Der Einstandspreis ist unbekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EOQ: %1</source>
        <translation>EOQ: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On order</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Dispo-Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand/day</source>
        <translation>Bedarf/Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROP</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SS</source>
        <translation>SB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order-up-to</source>
        <translation>Bestellniveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover (d)</source>
        <translation>Reichw. (T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stockout</source>
        <translation>Fehlbestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location code</source>
        <translation>Standortcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU code</source>
        <translation>SKU-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock status (the first that applies: out of stock, critical, below reorder point, expiring, overstock, healthy)</source>
        <translation>Bestandsstatus (der erste zutreffende: ohne Bestand, kritisch, unter Meldebestand, Verfall droht, Überbestand, gesund)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABC by annual demand value × XYZ by weekly demand variability</source>
        <translation>ABC nach jährlichem Bedarfswert × XYZ nach wöchentlicher Bedarfsschwankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units available: lots net of reservations</source>
        <translation>Verfügbare Einheiten: Chargen abzüglich Reservierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open purchase orders and transfers in transit</source>
        <translation>Offene Bestellungen und Umlagerungen unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory position: sellable stock + on order − units expiring unsold within the protection interval</source>
        <translation>Disponibler Bestand: verkaufsfähiger Bestand + bestellt − innerhalb des Absicherungszeitraums unverkauft verfallende Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean forecast demand per day over the horizon</source>
        <translation>Mittlerer prognostizierter Bedarf pro Tag über den Horizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point s = demand over the protection interval + safety stock</source>
        <translation>Meldebestand s = Bedarf im Absicherungszeitraum + Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order-up-to level S</source>
        <translation>Bestellniveau S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested order after MOQ, order multiple and shelf-life cap</source>
        <translation>Bestellvorschlag nach Mindestbestellmenge, Bestellvielfachem und Haltbarkeitsgrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of cover of stock and inbound (expiring stock excluded)</source>
        <translation>Reichweite in Tagen von Bestand und Zugängen (ohne verfallenden Bestand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected stockout date without new orders</source>
        <translation>Prognostiziertes Fehlbestandsdatum ohne neue Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units in lots expiring within the warning window</source>
        <translation>Einheiten in Chargen, die innerhalb des Warnzeitraums verfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand at cost</source>
        <translation>Lagerbestand zu Einstandspreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a figure could not be computed, or a note on the order</source>
        <translation>Warum eine Zahl nicht berechnet werden konnte, oder ein Hinweis zur Bestellung</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthView</name>
    <message>
        <location filename="../ui/health/HealthView.cpp" line="+98"/>
        <source>the default rule</source>
        <translation>die Standardregel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 inherited</source>
        <translation>%1 geerbt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse stock health again from the database.</source>
        <translation>Bestandsgesundheit erneut aus der Datenbank analysieren.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search: SKU or location code, SKU name</source>
        <translation>Suche: SKU- oder Standortcode, SKU-Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point or critical</source>
        <translation>Unter Meldebestand oder kritisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+339"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+6"/>
        <source>Inherit selected settings</source>
        <translation>Ausgewählte Einstellungen erben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears the selected settings so they come from the level above (Delete).</source>
        <translation>Löscht die ausgewählten Einstellungen, sodass sie von der Ebene darüber kommen (Entf).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each SKU × location&apos;s policy is resolved setting by setting: built-in defaults → &lt;b&gt;Default&lt;/b&gt; → its &lt;b&gt;class&lt;/b&gt; (A, B, C by value) → its &lt;b&gt;segment&lt;/b&gt; (AX … CZ) → its own &lt;b&gt;override&lt;/b&gt;. Grey italic values are inherited. Double-click a cell to change it, Delete to let it inherit again. Every change is audited, can be undone (Edit → Undo) and recomputes stock health at once.</source>
        <translation>Die Strategie jeder SKU × Standort wird Einstellung für Einstellung aufgelöst: eingebaute Vorgaben → &lt;b&gt;Standard&lt;/b&gt; → ihre &lt;b&gt;Klasse&lt;/b&gt; (A, B, C nach Wert) → ihr &lt;b&gt;Segment&lt;/b&gt; (AX … CZ) → ihre eigene &lt;b&gt;Ausnahme&lt;/b&gt;. Grau kursive Werte sind geerbt. Doppelklick auf eine Zelle ändert sie, Entf lässt sie wieder erben. Jede Änderung wird protokolliert, lässt sich rückgängig machen (Bearbeiten → Rückgängig) und berechnet die Bestandsgesundheit sofort neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Overrides per SKU × location&lt;/b&gt; — add one from the SKU × location detail (Override policy…)</source>
        <translation>&lt;b&gt;Ausnahmen je SKU × Standort&lt;/b&gt; – fügen Sie eine im Detail der SKU × Standort hinzu (Strategie übersteuern…)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+452"/>
        <source>SKU × location</source>
        <translation>SKU × Standort</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>Policies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Analysing stock health…</source>
        <translation>Bestandsgesundheit wird analysiert…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> The results shown are from the analysis before.</source>
        <translation> Die angezeigten Ergebnisse stammen aus der vorherigen Analyse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock health could not be analysed: %1</source>
        <translation>Die Bestandsgesundheit konnte nicht analysiert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Press Refresh to analyse stock health.</source>
        <translation>Abgebrochen. Klicken Sie auf Aktualisieren, um die Bestandsgesundheit zu analysieren.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>forecast run %1</source>
        <translation>Prognoselauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales history (no forecast run yet)</source>
        <translation>Verkaufshistorie (noch kein Prognoselauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1 · %2 SKU × locations · demand from %3 · analysed in %4 s</source>
        <translation>Stand %1 · %2 SKU × Standorte · Bedarf aus %3 · analysiert in %4 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · alerts not updated: %1</source>
        <translation> · Warnungen nicht aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · alerts: %1 new, %2 resolved</source>
        <translation> · Warnungen: %1 neu, %2 geschlossen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stored: %1. Stock health recomputed.</source>
        <translation>Gespeichert: %1. Bestandsgesundheit neu berechnet.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 SKU × locations</source>
        <translation>%1 SKU × Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 SKU × locations</source>
        <translation>%1 von %2 SKU × Standorten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;The policies could not be read: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Die Strategien konnten nicht gelesen werden: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&quot;%1&quot; is not a policy scope.</source>
        <translation>„%1“ ist kein Strategiebereich.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy of %1: %2</source>
        <translation>Strategie von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy of %1: %2</source>
        <translation>Strategie von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Stored: %1. Recomputing…</source>
        <translation>Gespeichert: %1. Wird neu berechnet…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A policy override needs a reason.</source>
        <translation>Eine Strategie-Ausnahme benötigt eine Begründung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+33"/>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Remove the policy override of %1</source>
        <translation>Strategie-Ausnahme von %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy override of %1: %2</source>
        <translation>Strategie-Ausnahme von %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Policy override</source>
        <translation>Strategie-Ausnahme</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inherit policy settings</source>
        <translation>Strategieeinstellungen erben</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="+97"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV export of your ERP. Files named after their kind (sales.csv, stock.csv, …) are recognised.</source>
        <translation>Ein CSV-Export Ihres ERP. Dateien, die nach ihrer Art benannt sind (sales.csv, stock.csv, …), werden erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+541"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Check how the file is written</source>
        <translation>Prüfen, wie die Datei geschrieben ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stockshift detected these settings from the first rows. Change any of them; the preview follows.</source>
        <translation>Stockshift hat diese Einstellungen aus den ersten Zeilen erkannt. Ändern Sie beliebige davon; die Vorschau folgt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1234.5 (point)</source>
        <translation>1234.5 (Punkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (comma)</source>
        <translation>1.234,5 (Komma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>– auswählen –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy-mm-dd (ISO)</source>
        <translation>JJJJ-MM-TT (ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy / dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ / TT/MM/JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mm/dd/yyyy (US)</source>
        <translation>MM/TT/JJJJ (USA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyymmdd</source>
        <translation>JJJJMMTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel serial number</source>
        <translation>Excel-Seriennummer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on record:</source>
        <translation>Kopfzeile in Datensatz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each field reads one column of the file, or a constant. Required fields are marked *. Columns that feed nothing are ignored.</source>
        <translation>Jedes Feld liest eine Spalte der Datei oder eine Konstante. Pflichtfelder sind mit * markiert. Spalten, die nichts speisen, werden ignoriert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(detected from the headers)</source>
        <translation>(aus den Kopfzeilen erkannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load profile…</source>
        <translation>Profil laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile…</source>
        <translation>Profil speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>Load mapping profile</source>
        <translation>Zuordnungsprofil laden</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
        <source>Mapping profiles (*.json)</source>
        <translation>Zuordnungsprofile (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+9"/>
        <source>Save mapping profile</source>
        <translation>Zuordnungsprofil speichern</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(not in file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>constant (optional)</source>
        <translation>Konstante (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Every column is used.</source>
        <translation>Jede Spalte wird verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1</source>
        <translation>Noch benötigt: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Good rows go in, bad rows are reported. One transaction: cancelling or a failure leaves the database as it was.</source>
        <translation>Gute Zeilen werden übernommen, fehlerhafte gemeldet. Eine Transaktion: Abbruch oder Fehler lassen die Datenbank unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked without writing anything.</source>
        <translation>Jede Zeile wird geprüft, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update and add (upsert)</source>
        <translation>Aktualisieren und hinzufügen (Upsert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace: remove rows not in the file</source>
        <translation>Ersetzen: Zeilen entfernen, die nicht in der Datei stehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All or nothing</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create unknown codes</source>
        <translation>Unbekannte Codes anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import now</source>
        <translation>Jetzt importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save problems as CSV…</source>
        <translation>Probleme als CSV speichern…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 rows read…</source>
        <translation>%1 Zeilen gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save problems</source>
        <translation>Probleme speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::JournalCommand</name>
    <message>
        <location filename="../ui/undo/JournalCommand.cpp" line="+50"/>
        <source>An edit of kind &quot;%1&quot; in the stored history has no valid &quot;%2&quot;.</source>
        <translation>Eine Änderung der Art „%1“ im gespeicherten Verlauf hat kein gültiges „%2“.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::LocationHealthModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="+159"/>
        <source>%1: %2 (target %3) → %4 points × %5</source>
        <translation>%1: %2 (Ziel %3) → %4 Punkte × %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured</source>
        <translation>%1: nicht gemessen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turns</source>
        <translation>Umschl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>RW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location code</source>
        <translation>Standortcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-health score out of 100 (hover a score for its parts)</source>
        <translation>Score der Bestandsgesundheit von 100 (Mauszeiger auf einen Score zeigt seine Anteile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU × location rows</source>
        <translation>Zeilen SKU × Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Ohne Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical: runs out before an order placed today can arrive</source>
        <translation>Kritisch: läuft leer, bevor eine heute aufgegebene Bestellung eintreffen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the reorder point</source>
        <translation>Unter dem Meldebestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units expire unsold within the warning window</source>
        <translation>Einheiten verfallen unverkauft innerhalb des Warnzeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overstock: cover above the threshold, or no sale for the dead-stock days</source>
        <translation>Überbestand: Reichweite über der Schwelle oder kein Verkauf während der Ladenhüter-Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock on hand at cost</source>
        <translation>Lagerbestand zu Einstandspreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover: cost of goods sold a year / stock value</source>
        <translation>Lagerumschlag: Wareneinsatz pro Jahr / Bestandswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of inventory: stock value / daily cost of goods sold</source>
        <translation>Reichweite in Tagen: Bestandswert / täglicher Wareneinsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-stock rate over the last year, weighted by demand</source>
        <translation>Verfügbarkeitsquote im letzten Jahr, nach Bedarf gewichtet</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+65"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data browser</source>
        <translation>Datenbrowser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast accuracy</source>
        <translation>Prognosegenauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock health</source>
        <translation>Bestandsgesundheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilment tiers</source>
        <translation>Fulfillment-Stufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales history</source>
        <translation>Verkaufshistorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>Relationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier items</source>
        <translation>Lieferantenartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner agreements</source>
        <translation>Partnervereinbarungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and promotions</source>
        <translation>Ereignisse und Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import history</source>
        <translation>Importhistorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stockout log</source>
        <translation>Fehlbestandsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast overrides</source>
        <translation>Prognosekorrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy rules</source>
        <translation>Strategieregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy overrides</source>
        <translation>Strategie-Ausnahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan lines</source>
        <translation>Planzeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported orders</source>
        <translation>Exportierte Aufträge</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stockshift</source>
        <translation>Stockshift</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit &amp;history</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Stockshift</source>
        <translation>Ü&amp;ber Stockshift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Stockshift</source>
        <translation>Über Stockshift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Stockshift %1&lt;/h3&gt;&lt;p&gt;Inventory planning workstation: forecasts, stock health, transfer and purchase plans that explain themselves.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockshift %1&lt;/h3&gt;&lt;p&gt;Arbeitsplatz für die Bestandsplanung: Prognosen, Bestandsgesundheit, Umlagerungs- und Bestellpläne, die sich selbst erklären.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when Stockshift is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Stockshift.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+292"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>%1 — Stockshift</source>
        <translation>%1 – Stockshift</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open or create a database with the File menu.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank über das Menü Datei.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Plan %1: transfers</source>
        <translation>Plan %1: Umlagerungen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;p&gt;Data available in this database:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;In dieser Datenbank verfügbare Daten:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filter: code, name or yyyy-mm-dd</source>
        <translation>Filter: Code, Name oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 MB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 locations · %2 SKUs · %3 series · %4 sales rows</source>
        <translation>%1 Standorte · %2 SKUs · %3 Zeitreihen · %4 Verkaufszeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · history %1 – %2</source>
        <translation> · Historie %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import: %1 (%2)</source>
        <translation>Letzter Import: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stockshift databases (*.db *.sqlite)</source>
        <translation>Stockshift-Datenbanken (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existiert bereits; öffnen Sie sie stattdessen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stockshift databases (*.db *.sqlite);;All files (*)</source>
        <translation>Stockshift-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Open or create a database first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+36"/>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 holds none of the known files (locations.csv, skus.csv, …).</source>
        <translation>%1 enthält keine der bekannten Dateien (locations.csv, skus.csv, …).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 no longer exists; it was removed from the recent databases.</source>
        <translation>%1 existiert nicht mehr und wurde aus den zuletzt geöffneten Datenbanken entfernt.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::NetworkMapWidget</name>
    <message>
        <location filename="../ui/network/NetworkMapWidget.cpp" line="+30"/>
        <source>National / supplier DC</source>
        <translation>Zentral-/Lieferantenlager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fulfilment centre</source>
        <translation>Fulfillment-Center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional hub</source>
        <translation>Regionallager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-fulfilment centre</source>
        <translation>Micro-Fulfillment-Center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner seller</source>
        <translation>Partnerhändler</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>No locations with coordinates yet.
Import locations.csv (latitude, longitude) to see the network.</source>
        <translation>Noch keine Standorte mit Koordinaten.
Importieren Sie locations.csv (latitude, longitude), um das Netzwerk zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1°E</source>
        <translation>%1°O</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Health score 80 or more</source>
        <translation>Gesundheitsscore 80 oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score 60 to 80</source>
        <translation>Gesundheitsscore 60 bis 80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score below 60</source>
        <translation>Gesundheitsscore unter 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stock to assess</source>
        <translation>Kein Bestand zu bewerten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 locations, %2 lanes</source>
        <translation>%1 Standorte, %2 Relationen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+65"/>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>health ≥ 80</source>
        <translation>Gesundheit ≥ 80</translation>
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
        <translation>Geplante Umlagerungen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 lanes used · %2 units · %3 lines</source>
        <translation>%1 Relationen genutzt · %2 Einheiten · %3 Zeilen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 units in %4 plan lines</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 Einheiten in %4 Planzeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;br&gt;No stock to assess</source>
        <translation>&lt;br&gt;Kein Bestand zu bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Stock-health score &lt;b&gt;%1&lt;/b&gt; / 100</source>
        <translation>&lt;br&gt;Score der Bestandsgesundheit &lt;b&gt;%1&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3, region %4&lt;br&gt;%5° N, %6° E</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3, Region %4&lt;br&gt;%5° N, %6° O</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OrderLineModel</name>
    <message>
        <location filename="../ui/export/ExportModels.cpp" line="+192"/>
        <source>%1 (supplier: %2)</source>
        <translation>%1 (Lieferant: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved, to export</source>
        <translation>freigegeben, zu exportieren</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OrderTableModel</name>
    <message>
        <location line="-184"/>
        <source>ready to export</source>
        <translation>exportbereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported (revision %1)</source>
        <translation>exportiert (Revision %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + %1 approved line(s): export a revision</source>
        <translation> + %1 freigegebene Zeile(n): Revision exportieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(per line)</source>
        <translation>(je Zeile)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled %1: %2</source>
        <translation>Storniert %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier / source</source>
        <translation>Lieferant / Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OverrideDialog</name>
    <message>
        <location filename="../ui/forecast/OverrideDialog.cpp" line="+26"/>
        <source>Override the forecast</source>
        <translation>Prognose korrigieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale by</source>
        <translation>Skalieren mit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why? e.g. promotion flyer, customer order, delisting</source>
        <translation>Warum? z. B. Aktionsprospekt, Kundenauftrag, Auslistung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series:</source>
        <translation>Zeitreihe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods starting:</source>
        <translation>Perioden ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Korrigieren</translation>
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
            <numerusform>%n Periode: %1 → %2 Einheiten insgesamt.</numerusform>
            <numerusform>%n Perioden: %1 → %2 Einheiten insgesamt.</numerusform>
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
        <translation>in Kraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone %1</source>
        <translation>zurückgenommen %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanComparisonPanel</name>
    <message>
        <location filename="../ui/plan/PlanComparisonPanel.cpp" line="+124"/>
        <source>Plan %1 was stored without its input.</source>
        <translation>Plan %1 wurde ohne seine Eingabe gespeichert.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Compare with the baselines</source>
        <translation>Mit den Referenzverfahren vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the rule-based plans on this plan&apos;s own input and play all of them under the same random demand.</source>
        <translation>Die regelbasierten Pläne auf der Eingabe dieses Plans erstellen und alle unter demselben Zufallsbedarf durchspielen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Select a plan to compare it with the rules planners use today.</source>
        <translation>Wählen Sie einen Plan, um ihn mit den Regeln zu vergleichen, die Planer heute verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan %1 has not been compared yet. &lt;b&gt;Compare with the baselines&lt;/b&gt; makes the rule-based plans (%2) on the same input and simulates each of them day by day under the same random demand.</source>
        <translation>Plan %1 wurde noch nicht verglichen. &lt;b&gt;Mit den Referenzverfahren vergleichen&lt;/b&gt; erstellt die regelbasierten Pläne (%2) auf derselben Eingabe und simuliert jeden Tag für Tag unter demselben Zufallsbedarf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as much as %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 less&lt;/b&gt; than %2 (fill rate %3)</source>
        <translation>&lt;b&gt;%1 weniger&lt;/b&gt; als %2 (Füllrate %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 more&lt;/b&gt; than %2 (fill rate %3)</source>
        <translation>&lt;b&gt;%1 mehr&lt;/b&gt; als %2 (Füllrate %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 simulated runs (seed %2), plan %3 (fill rate %4, cost %5) costs %6.</source>
        <translation>In %1 simulierten Läufen (Startwert %2) kostet Plan %3 (Füllrate %4, Kosten %5) %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines were rejected or edited since: compare again to see their effect.</source>
        <translation>Seitdem wurden Zeilen abgelehnt oder bearbeitet: vergleichen Sie erneut, um die Wirkung zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected lines left out: %1.</source>
        <translation>Abgelehnte Zeilen ausgelassen: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making the baselines and simulating…</source>
        <translation>Referenzverfahren werden erstellt und simuliert…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared in %1.</source>
        <translation>Verglichen in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared in %1, but not stored: %2</source>
        <translation>Verglichen in %1, aber nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanExplanation</name>
    <message>
        <location filename="../ui/plan/PlanExplanation.cpp" line="+363"/>
        <source>greedy rule</source>
        <translation>Greedy-Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reorder-point rule</source>
        <translation>Meldebestandsregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>covers %1 units short</source>
        <translation>deckt %1 fehlende Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restores safety stock</source>
        <translation>stellt Sicherheitsbestand wieder her</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lane full</source>
        <translation>Relation voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source at safety stock</source>
        <translation>Quelle auf Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all the source can spare</source>
        <translation>alles, was die Quelle entbehren kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all it needs</source>
        <translation>alles, was benötigt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum order</source>
        <translation>Mindestbestellmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier full</source>
        <translation>Lieferant ausgelastet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget spent</source>
        <translation>Budget ausgeschöpft</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanExplanation::Writer</name>
    <message>
        <location line="-327"/>
        <source>The planner left no explanation for this line.</source>
        <translation>Der Planer hat für diese Zeile keine Erklärung hinterlassen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>after the horizon</source>
        <translation>nach dem Horizont</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 units of %2 from %3 to %4</source>
        <translation>%1 Einheiten von %2 von %3 nach %4 umlagern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 units of %2 from %3 for %4</source>
        <translation>%1 Einheiten von %2 bei %3 für %4 bestellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ships %1 (%2), arrives %3 (%4); %5 a unit, %6 in all.</source>
        <translation>Versand %1 (%2), Ankunft %3 (%4); %5 je Einheit, %6 insgesamt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered %1 (%2), due %3 (%4); %5 a unit, %6 in all.</source>
        <translation>Bestellt %1 (%2), fällig %3 (%4); %5 je Einheit, %6 insgesamt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %1.</source>
        <translation>Bestellung %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without this transfer</source>
        <translation>Ohne diese Umlagerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without this order</source>
        <translation>Ohne diese Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rest of the horizon</source>
        <translation>den Rest des Horizonts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 would miss %3 units of forecast demand in %4</source>
        <translation>%1 würde %2 %3 Einheiten des prognostizierten Bedarfs in %4 verfehlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, holding %1 units when this arrives (safety stock %2).</source>
        <translation>, mit %1 Einheiten bei Ankunft dieser Lieferung (Sicherheitsbestand %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (safety stock %1).</source>
        <translation> (Sicherheitsbestand %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 would still meet its forecast demand but hold only %3 units when this arrives, below its safety stock of %4: the line restores its protection against demand above the forecast.</source>
        <translation>%1 würde %2 den prognostizierten Bedarf zwar noch decken, bei Ankunft dieser Lieferung aber nur %3 Einheiten halten, unter dem Sicherheitsbestand von %4: die Zeile stellt den Schutz gegen Bedarf über der Prognose wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 would hold %3 units when this arrives%4; what the line avoids is the lost sales the forecast&apos;s uncertainty puts at risk.</source>
        <translation>%1 würde %2 bei Ankunft dieser Lieferung %3 Einheiten halten%4; die Zeile vermeidet die entgangenen Verkäufe, die die Unsicherheit der Prognose riskiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (safety stock %1)</source>
        <translation> (Sicherheitsbestand %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deficit.</source>
        <translation>Defizit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds %2 units in that %3, %4 above its own safety stock of %5.</source>
        <translation>%1 hält in diesem Zeitraum (%3) %2 Einheiten, %4 über dem eigenen Sicherheitsbestand von %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds %2 units in that %3%4; it can pass them on because it is replenished itself or holds that stock for the locations it feeds.</source>
        <translation>%1 hält in diesem Zeitraum (%3) %2 Einheiten%4; er kann sie weitergeben, weil er selbst nachbeliefert wird oder diesen Bestand für die von ihm belieferten Standorte hält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (its own safety stock %1)</source>
        <translation> (eigener Sicherheitsbestand %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus.</source>
        <translation>Überschuss.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sells it in packs of %2 with a minimum order of %3 units.</source>
        <translation>%1 verkauft sie in Gebinden zu %2 mit einer Mindestbestellmenge von %3 Einheiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes orders of at least %2 units.</source>
        <translation>%1 nimmt Bestellungen ab %2 Einheiten an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sells it in packs of %2.</source>
        <translation>%1 verkauft sie in Gebinden zu %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounding.</source>
        <translation>Rundung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving costs %1 a unit</source>
        <translation>Die Umlagerung kostet %1 je Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 a shipment on the lane</source>
        <translation> und %1 je Sendung auf der Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, against a margin of %1 a unit on every sale it saves</source>
        <translation>, gegenüber einer Marge von %1 je Einheit für jeden geretteten Verkauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and %1 a unit and %2 below safety stock</source>
        <translation> und %1 je Einheit und %2 unter Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each unit that sells gains %1 over its cost of moving.</source>
        <translation>Jede verkaufte Einheit bringt %1 über ihre Umlagerungskosten hinaus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each unit costs %1</source>
        <translation>Jede Einheit kostet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the purchase order costs %1, shared by the lines ordered from %2 for %3 in the same %4</source>
        <translation>; die Bestellung kostet %1, geteilt auf die Zeilen, die im selben Zeitraum (%4) bei %2 für %3 bestellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; a sale lost for want of it costs %1 in margin</source>
        <translation>; ein Verkauf, der deshalb entgeht, kostet %1 Marge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs.</source>
        <translation>Kosten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the lane&apos;s capacity is fully used (%1 units on it in that %2)</source>
        <translation>die Kapazität der Relation ist voll ausgeschöpft (%1 Einheiten je %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lane&apos;s capacity is fully used</source>
        <translation>die Kapazität der Relation ist voll ausgeschöpft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is drawn down to its own safety stock</source>
        <translation>%1 wird bis auf den eigenen Sicherheitsbestand abgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is all %1 can spare, or all %2 can use</source>
        <translation>es ist alles, was %1 entbehren oder %2 verwenden kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is the most worth ordering: what %1 needs over the horizon, the supplier&apos;s capacity or what sells before it expires</source>
        <translation>es ist die lohnendste Bestellmenge: was %1 über den Horizont braucht, die Kapazität des Lieferanten oder was vor dem Verfall verkauft wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the order is raised to the supplier&apos;s minimum order quantity</source>
        <translation>die Bestellung wird auf die Mindestbestellmenge des Lieferanten angehoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier&apos;s capacity is fully used</source>
        <translation>die Kapazität des Lieferanten ist voll ausgeschöpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the purchasing budget is spent</source>
        <translation>das Einkaufsbudget ist ausgeschöpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No constraint stops it: the quantity is where one more unit would cost more than it saves.</source>
        <translation>Keine Restriktion begrenzt sie: die Menge liegt dort, wo eine weitere Einheit mehr kosten als einsparen würde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What limits it.</source>
        <translation>Was sie begrenzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The greedy rule of the original design:</source>
        <translation>Die Greedy-Regel des ursprünglichen Entwurfs:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was short of %2 units over the horizon;</source>
        <translation>%1 fehlten über den Horizont %2 Einheiten;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ranked %2 among its sources by projected demand × (margin − transfer cost) = %3.</source>
        <translation>%1 stand unter seinen Quellen auf Rang %2 nach prognostiziertem Bedarf × (Marge − Umlagerungskosten) = %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule ships everything now, from the best sources first, within what they can spare and the lane&apos;s capacity; it weighs neither shipment costs nor later weeks.</source>
        <translation>Die Regel versendet alles sofort, von den besten Quellen zuerst, im Rahmen dessen, was sie entbehren können, und der Kapazität der Relation; sie berücksichtigt weder Sendungskosten noch spätere Wochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Rule.</source>
        <translation>Regel.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The inventory position of %1 (stock, inbound and orders, %2 units) fell to its reorder point of %3 — demand over the lead time and a review plus the safety stock — so the rule orders up to it from the preferred supplier, in its minimum order and packs.</source>
        <translation>Der disponible Bestand von %1 (Bestand, Zugänge und Bestellungen, %2 Einheiten) ist auf seinen Meldebestand von %3 gefallen – Bedarf über Wiederbeschaffungszeit und Überprüfungsintervall plus Sicherheitsbestand –, daher bestellt die Regel beim bevorzugten Lieferanten bis dorthin auf, in seiner Mindestbestellmenge und seinen Gebinden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reorder-point rule orders up to the reorder point from the preferred supplier.</source>
        <translation>Die Meldebestandsregel bestellt beim bevorzugten Lieferanten bis zum Meldebestand auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edited.</source>
        <translation>Bearbeitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed %1 units; now %2.</source>
        <translation>Vorgeschlagen %1 Einheiten; jetzt %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review.</source>
        <translation>Prüfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line is %1.</source>
        <translation>Diese Zeile ist %1.</translation>
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
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MILP (CBC)</source>
        <translation>MILP (CBC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy rule</source>
        <translation>Greedy-Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder-point rule</source>
        <translation>Meldebestandsregel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the MILP plan</source>
        <translation>der MILP-Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the greedy rule</source>
        <translation>die Greedy-Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reorder-point rule</source>
        <translation>die Meldebestandsregel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doing nothing</source>
        <translation>nichts tun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infeasible</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bucket</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buckets</source>
        <translation>Perioden</translation>
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
        <translation>Plan %1 · %2 · %3 · %4 Perioden à %5 Tage ab %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Purchases worth %1 (not in the cost: recovered when the stock sells)</source>
        <translation>
Einkaufswert %1 (nicht in den Kosten: wird beim Verkauf des Bestands zurückgewonnen)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Transport, fixed, holding, lost margin and safety-stock shortfall over the horizon with demand as forecast; purchases are shown apart.</source>
        <translation>Transport, fix, Lagerhaltung, entgangene Marge und Sicherheitsbestandsunterschreitung über den Horizont bei Bedarf laut Prognose; Einkäufe werden getrennt ausgewiesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance of the MILP plan from CBC&apos;s best bound: the plan is at most this much more expensive than the best possible one.</source>
        <translation>Abstand des MILP-Plans von der besten Schranke von CBC: der Plan ist höchstens um so viel teurer als der bestmögliche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of demand served in simulation (after Compare).</source>
        <translation>In der Simulation bedienter Anteil des Bedarfs (nach Vergleich).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanModels</name>
    <message>
        <location line="-171"/>
        <source>Proposed %1; edited to %2.</source>
        <translation>Vorgeschlagen %1; geändert auf %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is %1 and cannot be changed.</source>
        <translation>Diese Zeile ist %1 und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to change the quantity (undoable).</source>
        <translation>Doppelklick ändert die Menge (rückgängig machbar).</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Order for %1, %2</source>
        <translation>Bestellung für %1, %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanRunPanel</name>
    <message>
        <location filename="../ui/plan/PlanRunPanel.cpp" line="+73"/>
        <source>Solving… no plan yet · %1 nodes · %2</source>
        <translation>Optimierung läuft… noch kein Plan · %1 Knoten · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solving… no plan yet · bound %1 · %2 nodes · %3</source>
        <translation>Optimierung läuft… noch kein Plan · Schranke %1 · %2 Knoten · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solving… incumbent %1 · best bound %2 · gap %3 · %4 nodes · %5</source>
        <translation>Optimierung läuft… beste Lösung %1 · beste Schranke %2 · Gap %3 · %4 Knoten · %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfers</source>
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint (both)</source>
        <translation>Gemeinsam (beides)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers move stock between locations before demand hits; purchases order from suppliers; the joint plan chooses between both.</source>
        <translation>Umlagerungen verschieben Bestand zwischen Standorten, bevor der Bedarf eintritt; Bestellungen ordern bei Lieferanten; der gemeinsame Plan wählt zwischen beiden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buckets to plan.</source>
        <translation>Zu planende Perioden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wall-clock limit for CBC; the best plan found by then is kept.</source>
        <translation>Echtzeitlimit für CBC; der bis dahin beste gefundene Plan wird behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when the plan is proven within this distance of the best bound.</source>
        <translation>Anhalten, wenn der Plan nachweislich innerhalb dieses Abstands zur besten Schranke liegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solver threads; independent blocks of the model are solved side by side.</source>
        <translation>Solver-Threads; unabhängige Blöcke des Modells werden parallel gelöst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any size</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per truck: each shipment pays the lane&apos;s fixed cost per truck. “any size”: one shipment carries any amount.</source>
        <translation>Einheiten je Lkw: jede Sendung zahlt die Fixkosten der Relation je Lkw. „beliebig“: eine Sendung trägt jede Menge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per bucket (purchase value).</source>
        <translation>Einkaufsbudget je Periode (Einkaufswert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run plan</source>
        <translation>Plan rechnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the solver; the best plan found so far is stored.</source>
        <translation>Den Solver anhalten; der bisher beste gefundene Plan wird gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizont</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time limit</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gap</source>
        <translation>&amp;Gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;hreads</source>
        <translation>Th&amp;reads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ruck</source>
        <translation>&amp;Lkw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set the parameters and run a plan.</source>
        <translation>Parameter festlegen und einen Plan rechnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incumbent (best plan&apos;s cost)</source>
        <translation>Beste Lösung (Kosten des besten Plans)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best bound</source>
        <translation>Beste Schranke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Greedy + reorder-point rules</source>
        <translation>Greedy- + Meldebestandsregeln</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>CBC&apos;s incumbent and best bound appear here while it solves.</source>
        <translation>Hier erscheinen beste Lösung und Schranke von CBC beim Lösen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the network, forecast and policies…</source>
        <translation>Netzwerk, Prognose und Strategien werden gelesen…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancelling… the best plan found so far will be stored.</source>
        <translation>Wird abgebrochen… der bisher beste gefundene Plan wird gespeichert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (reported %1 ago)</source>
        <translation> (gemeldet vor %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solving… %1 of at most %2; CBC has not reported a plan yet (a model in independent blocks reports as blocks finish).</source>
        <translation>Optimierung läuft… %1 von höchstens %2; CBC hat noch keinen Plan gemeldet (ein Modell aus unabhängigen Blöcken meldet, sobald Blöcke fertig sind).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storing the plan…</source>
        <translation>Plan wird gespeichert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled before any plan was found; nothing was stored.</source>
        <translation>Abgebrochen, bevor ein Plan gefunden wurde; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: the best plan found so far is stored as plan %1</source>
        <translation>Abgebrochen: der bisher beste gefundene Plan ist als Plan %1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1 stored</source>
        <translation>Plan %1 gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1, lines: %2; cost %3</source>
        <translation> – %1, Zeilen: %2; Kosten %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, gap %1</source>
        <translation>, Gap %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; input %1, total %2.</source>
        <translation>; Eingabe %1, gesamt %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="+59"/>
        <source>Select a line to see why it is in the plan.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, warum sie im Plan steht.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete plan…</source>
        <translation>Plan löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Stored plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeicherte Pläne&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected lines (%1). Undo with Edit → Undo.</source>
        <translation>Die ausgewählten Zeilen freigeben (%1). Rückgängig mit Bearbeiten → Rückgängig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected lines (%1): they are left out of the comparison and the export.</source>
        <translation>Die ausgewählten Zeilen ablehnen (%1): sie bleiben bei Vergleich und Export außen vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to proposed</source>
        <translation>Zurück auf vorgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search SKU or location</source>
        <translation>SKU/Standort suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Flows on the map:</source>
        <translation>Flüsse auf der Karte:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Transfers</source>
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The plans could not be read: %1</source>
        <translation>Die Pläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Transfers (%1)</source>
        <translation>Umlagerungen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase orders (%1)</source>
        <translation>Bestellungen (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shipping in %1 (%2)</source>
        <translation>Versand in %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;No plans yet&lt;/h3&gt;Choose a kind and a method on the left and press &lt;b&gt;Run plan&lt;/b&gt;. The MILP is solved by COIN-OR CBC; the rules are the ones planners use today, for comparison.</source>
        <translation>&lt;h3&gt;Noch keine Pläne&lt;/h3&gt;Wählen Sie links eine Art und eine Methode und klicken Sie auf &lt;b&gt;Plan rechnen&lt;/b&gt;. Das MILP wird von COIN-OR CBC gelöst; die Regeln sind die, die Planer heute verwenden, zum Vergleich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Select a plan&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Plan auswählen&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Plan %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 ab %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>Prognoselauf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kosten &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transfer lines, %2 units, %3 shipments</source>
        <translation>%1 Umlagerungszeilen, %2 Einheiten, %3 Sendungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 purchase lines, %2 units in %3 orders worth %4</source>
        <translation>%1 Bestellzeilen, %2 Einheiten in %3 Bestellungen im Wert von %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unmet demand %1 units</source>
        <translation>ungedeckter Bedarf %1 Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective %1, bound %2, gap &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Zielfunktion %1, Schranke %2, Gap &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Solver:</source>
        <translation>Solver:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; quantities edited: %1 — the cost above is the plan as proposed, the comparison simulates it as reviewed</source>
        <translation>; Mengen bearbeitet: %1 – die Kosten oben gelten für den vorgeschlagenen Plan, der Vergleich simuliert ihn wie geprüft</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>With demand as forecast, plan %1 costs &lt;b&gt;%2&lt;/b&gt; over the horizon = transport %3 + fixed %4 + holding %5 + lost margin %6 + safety-stock shortfall %7.</source>
        <translation>Bei Bedarf laut Prognose kostet Plan %1 über den Horizont &lt;b&gt;%2&lt;/b&gt; = Transport %3 + fix %4 + Lagerhaltung %5 + entgangene Marge %6 + Sicherheitsbestandsunterschreitung %7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It buys stock worth %1, recovered when it sells (not a cost here).</source>
        <translation>Er kauft Bestand im Wert von %1, der beim Verkauf zurückgewonnen wird (hier keine Kosten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the baselines to see theirs beside it.</source>
        <translation>Vergleichen Sie ihn mit den Referenzverfahren, um deren Kosten daneben zu sehen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Plan %1: transfers</source>
        <translation>Plan %1: Umlagerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1: transfers shipping in %2</source>
        <translation>Plan %1: Umlagerungen mit Versand in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no transfers</source>
        <translation>keine Umlagerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lanes, %2 units (rejected lines left out)</source>
        <translation>%1 Relationen, %2 Einheiten (abgelehnte Zeilen ausgelassen)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 units · value %4&lt;/p&gt;&lt;p&gt;Select one of its lines to see why it is ordered; Approve or Reject act on all the lines under the row selected.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 Einheiten · Wert %4&lt;/p&gt;&lt;p&gt;Wählen Sie eine seiner Zeilen, um zu sehen, warum sie bestellt wird; Freigeben oder Ablehnen wirken auf alle Zeilen unter der ausgewählten Zeile.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+56"/>
        <source>No plan is shown.</source>
        <translation>Es wird kein Plan angezeigt.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+53"/>
        <source>Plan %1 has no line %2.</source>
        <translation>Plan %1 hat keine Zeile %2.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Select the lines to review first.</source>
        <translation>Wählen Sie zuerst die zu prüfenden Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the lines are %1 already.</source>
        <translation>Nichts zu ändern: die Zeilen sind bereits %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 (%2, %3 → %4)</source>
        <translation>Zeile %1 (%2, %3 → %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve %1 of plan %2</source>
        <translation>%1 von Plan %2 freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject %1 of plan %2</source>
        <translation>%1 von Plan %2 ablehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 of plan %2 back to proposed</source>
        <translation>%1 von Plan %2 auf vorgeschlagen zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>%1 — stored; Edit → Undo takes it back.</source>
        <translation>%1 – gespeichert; Bearbeiten → Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Line %1 of plan %2 (%3 %4 → %5): %6 → %7 units</source>
        <translation>Zeile %1 von Plan %2 (%3 %4 → %5): %6 → %7 Einheiten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan %1 deleted.</source>
        <translation>Plan %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete plan</source>
        <translation>Plan löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete plan %1 (%2, %3) and its %4 lines? This cannot be undone.</source>
        <translation>Plan %1 (%2, %3) und seine %4 Zeilen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyFields</name>
    <message>
        <location filename="../ui/health/PolicyModels.cpp" line="+117"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock</source>
        <translation>Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cover days</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review every</source>
        <translation>Überprüfung alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding rate</source>
        <translation>Lagerkostensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Wiederbeschaffungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max cover</source>
        <translation>Max. Reichweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelf-life cap</source>
        <translation>Haltbarkeitsgrenze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reorder point (s, Q)</source>
        <translation>Meldebestand (s, Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order-up-to (R, S)</source>
        <translation>Bestellniveau (R, S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min-max (s, S)</source>
        <translation>Min-Max (s, S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forecast error</source>
        <translation>Prognosefehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of cover</source>
        <translation>Reichweite in Tagen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>continuous</source>
        <translation>kontinuierlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>supplier&apos;s</source>
        <translation>vom Lieferanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>off</source>
        <translation>aus</translation>
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
        <translation>erben</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyOverrideDialog</name>
    <message>
        <location filename="../ui/health/PolicyOverrideDialog.cpp" line="+25"/>
        <source>Policy override — %1</source>
        <translation>Strategie-Ausnahme – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the settings this SKU × location should have regardless of its segment; unticked settings keep coming from the segment rules. The values shown apply now.</source>
        <translation>Haken Sie die Einstellungen an, die diese SKU × Standort unabhängig von ihrem Segment haben soll; nicht angehakte Einstellungen kommen weiter aus den Segmentregeln. Die angezeigten Werte gelten jetzt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Required: why this SKU × location needs its own policy</source>
        <translation>Erforderlich: warum diese SKU × Standort eine eigene Strategie benötigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store override</source>
        <translation>Ausnahme speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove override</source>
        <translation>Ausnahme entfernen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tick at least one setting.</source>
        <translation>Haken Sie mindestens eine Einstellung an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is required: it is stored with the override and audited.</source>
        <translation>Eine Begründung ist erforderlich: sie wird mit der Ausnahme gespeichert und protokolliert.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyOverrideModel</name>
    <message>
        <location filename="../ui/health/PolicyModels.cpp" line="+366"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyRuleModel</name>
    <message>
        <location line="-251"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stored rule.</source>
        <translation>Eine gespeicherte Regel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule: everything is inherited.</source>
        <translation>Keine Regel: alles wird geerbt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in rule (not stored yet).</source>
        <translation>Die eingebaute Regel (noch nicht gespeichert).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU × location rows in this scope.</source>
        <translation>Zeilen SKU × Standort in diesem Bereich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set for this scope. Delete clears it so the value is inherited.</source>
        <translation>Für diesen Bereich gesetzt. Entf löscht den Wert, sodass er geerbt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default rule</source>
        <translation>die Standardregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in default</source>
        <translation>die eingebaute Vorgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherited from %1.</source>
        <translation>Geerbt von %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reorder point: order Q when the position reaches s (continuous review). Order-up-to: every R days order up to S. Min-max: at s, order up to S.</source>
        <translation>Meldebestand: Q bestellen, wenn der disponible Bestand s erreicht (kontinuierliche Überprüfung). Bestellniveau: alle R Tage bis S auffüllen. Min-Max: bei s bis S auffüllen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How safety stock is set: cycle service level, fill rate (normal loss function), the forecast&apos;s backtest error, or fixed days of cover.</source>
        <translation>Wie der Sicherheitsbestand festgelegt wird: Zyklus-Servicegrad, Füllrate (normale Verlustfunktion), Backtest-Fehler der Prognose oder feste Reichweite in Tagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target cycle service level: the share of replenishment cycles without a stockout.</source>
        <translation>Ziel-Zyklus-Servicegrad: Anteil der Wiederbeschaffungszyklen ohne Fehlbestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target fill rate: the share of demand served from stock.</source>
        <translation>Ziel-Füllrate: Anteil des aus Bestand bedienten Bedarfs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock in days of demand (days-of-cover method).</source>
        <translation>Sicherheitsbestand in Tagen Bedarf (Methode Reichweite in Tagen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days between reviews (order-up-to and min-max).</source>
        <translation>Tage zwischen Überprüfungen (Bestellniveau und Min-Max).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding cost per year as a share of the unit cost (EOQ).</source>
        <translation>Lagerhaltungskosten pro Jahr als Anteil des Einstandspreises (EOQ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per order (EOQ); default: the supplier&apos;s or the lane&apos;s.</source>
        <translation>Kosten je Bestellung (EOQ); Standard: die des Lieferanten oder der Relation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenishment lead time; default: the supplier&apos;s or the lane&apos;s.</source>
        <translation>Wiederbeschaffungszeit; Standard: die des Lieferanten oder der Relation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap of the order-up-to level in days of demand.</source>
        <translation>Obergrenze des Bestellniveaus in Tagen Bedarf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never order more than can be sold before it expires.</source>
        <translation>Nie mehr bestellen, als vor dem Verfall verkauft werden kann.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not fit %2.</source>
        <translation>%1 passt nicht zu %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PurchaseOrderModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="+189"/>
        <source>Value of the lines not rejected.</source>
        <translation>Wert der nicht abgelehnten Zeilen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders: %1</source>
        <translation>Bestellungen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supplier / order / SKU</source>
        <translation>Lieferant / Bestellung / SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Einstandspreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioComparisonModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+54"/>
        <source>%1%2 pts</source>
        <translation>%1%2 Pkt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of the reference scenario</source>
        <translation>%1 des Referenzszenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 gegenüber %3</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioListModel</name>
    <message>
        <location line="-213"/>
        <source>run</source>
        <translation>gerechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloned from %1</source>
        <translation>Geklont aus %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Füllrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Gerechnet</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioView</name>
    <message>
        <location filename="../ui/scenario/ScenarioView.cpp" line="+128"/>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;Scenarios&lt;/b&gt; — select two or more to compare them</source>
        <translation>&lt;b&gt;Szenarien&lt;/b&gt; – wählen Sie zwei oder mehr zum Vergleichen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New from current settings</source>
        <translation>Neu aus aktuellen Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot the policies, costs, capacities, lanes, lead times, forecast overrides and solver settings of the database as a new scenario.</source>
        <translation>Strategien, Kosten, Kapazitäten, Relationen, Wiederbeschaffungszeiten, Prognosekorrekturen und Solver-Einstellungen der Datenbank als neues Szenario festhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>Das Szenario „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove edit</source>
        <translation>Änderung entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change value…</source>
        <translation>Wert ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the factor, days, budget or capacity of the selected edit (or double-click it)</source>
        <translation>Faktor, Tage, Budget oder Kapazität der gewählten Änderung ändern (oder doppelklicken)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a change</source>
        <translation>Änderung hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close lane</source>
        <translation>Relation schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a lane.</source>
        <translation>Wählen Sie eine Relation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supplier lead time</source>
        <translation>Wiederbeschaffungszeit des Lieferanten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site whose lanes, region and suppliers the new site copies</source>
        <translation>Der Standort, dessen Relationen, Region und Lieferanten der neue Standort übernimmt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity in units</source>
        <translation>Kapazität in Einheiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of the template site&apos;s demand the new site serves</source>
        <translation>Der Anteil am Bedarf des Vorlagenstandorts, den der neue Standort bedient</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Run</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MILP (CBC)</source>
        <translation>MILP (CBC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules (greedy + reorder point)</source>
        <translation>Regeln (Greedy + Meldebestand)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No scenario yet. &lt;b&gt;New from current settings&lt;/b&gt; takes a snapshot of the planning settings to start from.</source>
        <translation>Noch kein Szenario. &lt;b&gt;Neu aus aktuellen Einstellungen&lt;/b&gt; hält die Planungseinstellungen als Ausgangspunkt fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sites, %2 lanes, %3 suppliers, %4 policy rules, %5 forecast overrides captured %6%7.</source>
        <translation>%1 Standorte, %2 Relationen, %3 Lieferanten, %4 Strategieregeln, %5 Prognosekorrekturen erfasst %6%7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, cloned from %1</source>
        <translation>, geklont aus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last run: total cost %1, fill rate %2, %3 transfers, %4 purchase orders.</source>
        <translation>Letzter Lauf: Gesamtkosten %1, Füllrate %2, %3 Umlagerungen, %4 Bestellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet.</source>
        <translation>Noch nicht gerechnet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Select two or more scenarios that have been run (Ctrl+click in the list) to compare them; the first is the reference.</source>
        <translation>Wählen Sie zwei oder mehr gerechnete Szenarien (Strg+Klick in der Liste), um sie zu vergleichen; das erste ist die Referenz.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 scenarios against &lt;b&gt;%2&lt;/b&gt;: the change is shown in brackets, green where it is better. The chart shows each figure as an index of %2 (= 100).</source>
        <translation>%1 Szenarien gegenüber &lt;b&gt;%2&lt;/b&gt;: die Änderung steht in Klammern, grün, wo sie besser ist. Das Diagramm zeigt jede Kennzahl als Index von %2 (= 100).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Index (%1 = 100)</source>
        <translation>Index (%1 = 100)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+33"/>
        <location line="+227"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Neues Szenario „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; created from the current settings.</source>
        <translation>Szenario „%1“ aus den aktuellen Einstellungen erstellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to clone.</source>
        <translation>Wählen Sie ein Szenario zum Klonen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>Szenario „%1“ als „%2“ klonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloned as &quot;%1&quot;.</source>
        <translation>Geklont als „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to delete.</source>
        <translation>Wählen Sie ein Szenario zum Löschen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario &quot;%1&quot; deleted.</source>
        <translation>Szenario „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to rename.</source>
        <translation>Wählen Sie ein Szenario zum Umbenennen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Szenario „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select or create a scenario first.</source>
        <translation>Wählen oder erstellen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Wait for the run to finish, or cancel it.</source>
        <translation>Warten Sie, bis der Lauf fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>%1 zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: %1. Run the scenario to see its effect.</source>
        <translation>Hinzugefügt: %1. Rechnen Sie das Szenario, um die Wirkung zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an edit to remove.</source>
        <translation>Wählen Sie eine Änderung zum Entfernen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>%1 aus „%2“ entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an edit to change.</source>
        <translation>Wählen Sie eine Änderung zum Ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An edit keeps its kind; remove it and add another.</source>
        <translation>Eine Änderung behält ihre Art; entfernen Sie sie und fügen Sie eine andere hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %1 to %2 in &quot;%3&quot;</source>
        <translation>%1 in „%3“ zu %2 ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed: %1. Run the scenario to see its effect.</source>
        <translation>Geändert: %1. Rechnen Sie das Szenario, um die Wirkung zu sehen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change edit</source>
        <translation>Änderung bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

Demand factor:</source>
        <translation>%1

Nachfragefaktor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Days added:</source>
        <translation>%1

Zusätzliche Tage:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

Budget change (%):</source>
        <translation>%1

Budgetänderung (%):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

Capacity in units (0 = unlimited):</source>
        <translation>%1

Kapazität in Einheiten (0 = unbegrenzt):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closed lane has no value to change.</source>
        <translation>Eine geschlossene Relation hat keinen Wert zum Ändern.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a scenario to save.</source>
        <translation>Wählen Sie ein Szenario zum Speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &quot;%1&quot; saved to %2.</source>
        <translation>Szenario „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported scenario</source>
        <translation>Importiertes Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; opened from %2.</source>
        <translation>Szenario „%1“ aus %2 geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scenarios (*.ssc *.xml);;Binary scenarios (*.ssc);;XML scenarios (*.xml)</source>
        <translation>Szenarien (*.ssc *.xml);;Binäre Szenarien (*.ssc);;XML-Szenarien (*.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Binary scenario (*.ssc);;XML scenario (*.xml)</source>
        <translation>Binäres Szenario (*.ssc);;XML-Szenario (*.xml)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running &quot;%1&quot; on a copy of the database…</source>
        <translation>„%1“ läuft auf einer Kopie der Datenbank…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running &quot;%1&quot;: %2…</source>
        <translation>„%1“ läuft: %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the scenario keeps its previous state.</source>
        <translation>Abgebrochen; das Szenario behält seinen vorherigen Stand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; ran in %2: total cost %3, fill rate %4, inventory value %5, %6 transfers, %7 purchase orders.</source>
        <translation>„%1“ lief in %2: Gesamtkosten %3, Füllrate %4, Bestandswert %5, %6 Umlagerungen, %7 Bestellungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScoreTile</name>
    <message>
        <location filename="../ui/health/HealthWidgets.cpp" line="+215"/>
        <source>&lt;b&gt;Stock-health score %1 / 100&lt;/b&gt; — the weighted mean of:</source>
        <translation>&lt;b&gt;Score der Bestandsgesundheit %1 / 100&lt;/b&gt; – gewichtetes Mittel aus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 against a target of %3 → %4 points (weight %5)</source>
        <translation>%1: %2 gegenüber einem Ziel von %3 → %4 Punkte (Gewicht %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured yet (left out, weights renormalised)</source>
        <translation>%1: noch nicht gemessen (ausgelassen, Gewichte neu normiert)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+49"/>
        <source>Health score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+60"/>
        <source>out of 100</source>
        <translation>von 100</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>100.0% / 100%</source>
        <translation>100,0 % / 100 %</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Forecast accuracy</source>
        <translation>Prognosegenauigkeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
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
        <translation>ABC × XYZ – Zeilen und jährlicher Bedarfswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CV ≤ 0.5</source>
        <translation>VK ≤ 0,5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CV ≤ 1</source>
        <translation>VK ≤ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CV &gt; 1</source>
        <translation>VK &gt; 1</translation>
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
        <translation>Segment %1: %2 SKU × Standorte (%3 der Zeilen), jährlicher Bedarfswert %4 (%5 des Netzwerks). Klicken Sie, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+53"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defaults</source>
        <translation>&amp;Vorgaben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Printed on the purchase and transfer orders that Exports writes. Stored in the open database, %1.</source>
        <translation>Erscheint auf den Bestellungen und Umlagerungsaufträgen aus dem Bereich Export. Gespeichert in der geöffneten Datenbank, %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a database to edit the company details: they are stored in the database, with its orders.</source>
        <translation>Öffnen Sie eine Datenbank, um die Unternehmensdaten zu bearbeiten: Sie werden mit den Aufträgen in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One address line per row.</source>
        <translation>Eine Adresszeile pro Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT id:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;rrency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urchase order prefix:</source>
        <translation>Präfix &amp;Bestellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer order prefix:</source>
        <translation>Präfix Um&amp;lagerung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence di&amp;gits:</source>
        <translation>Stellen der &amp;Laufnummer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example:</source>
        <translation>Beispiel:</translation>
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
        <translation>&amp;Absender-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;X12 id qualifier:</source>
        <translation>&amp;X12-ID-Qualifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDI&amp;FACT id qualifier:</source>
        <translation>EDI&amp;FACT-ID-Qualifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;interchanges as test data</source>
        <translation>Übertragungen als &amp;Testdaten kennzeichnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The theme applies at once to every window, the charts and the network map included.</source>
        <translation>Das Design gilt sofort für alle Fenster, einschließlich Diagrammen und Netzwerkkarte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan horizon:</source>
        <translation>&amp;Planungshorizont:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;time limit:</source>
        <translation>&amp;Zeitlimit der Planung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast horizon:</source>
        <translation>&amp;Prognosehorizont:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cubic metres (m³)</source>
        <translation>Kubikmeter (m³)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cubic feet (ft³)</source>
        <translation>Kubikfuß (ft³)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Litres (L)</source>
        <translation>Liter (L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Gewichte in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volumes in:</source>
        <translation>&amp;Volumen in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Plans and Forecasts areas start from these values when a database is opened. Weights and volumes are shown in the chosen units; the database keeps kilograms and cubic metres.</source>
        <translation>Die Bereiche Pläne und Prognosen beginnen mit diesen Werten, wenn eine Datenbank geöffnet wird. Gewichte und Volumen werden in den gewählten Einheiten angezeigt; die Datenbank speichert Kilogramm und Kubikmeter.</translation>
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
        <translation>Die höchste geplante Auslastung eines Standorts im Verhältnis zu seiner Kapazität, wenn die auf die Prognose skalierte Stichprobe so geroutet wird</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost / order</source>
        <translation>Kosten / Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfilled lines</source>
        <translation>Offene Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max load</source>
        <translation>Max. Last</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SkuDiffModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+227"/>
        <source>Demand %1 · transfers %2 · purchases %3 (worth %4)</source>
        <translation>Bedarf %1 · Umlagerungen %2 · Bestellungen %3 (Wert %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units %1 plans to move (transfers and purchases)</source>
        <translation>Einheiten, die %1 bewegen will (Umlagerungen und Bestellungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest change</source>
        <translation>Größte Änderung</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SqlTableModel</name>
    <message>
        <location filename="../ui/browser/SqlTableModel.cpp" line="+23"/>
        <source>Abs error</source>
        <translation>Abs. Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy batch</source>
        <translation>Genauigkeitslauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy buckets</source>
        <translation>Perioden (Genauigkeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adi</source>
        <translation>ADI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest bias</source>
        <translation>Backtest-Bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest mae</source>
        <translation>Backtest-MAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest mase</source>
        <translation>Backtest-MASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest origins</source>
        <translation>Backtest-Ursprünge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest rmse</source>
        <translation>Backtest-RMSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound</source>
        <translation>Schranke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket days</source>
        <translation>Periodenlänge (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reason</source>
        <translation>Stornogrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity per period</source>
        <translation>Kapazität je Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity units</source>
        <translation>Kapazität (Einheiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity volume</source>
        <translation>Kapazitätsvolumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Censored</source>
        <translation>Fehlbestand ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleansed</source>
        <translation>Bereinigt</translation>
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
        <translation>Berechnet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per unit</source>
        <translation>Kosten je Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cv2</source>
        <translation>CV²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand class</source>
        <translation>Bedarfsklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration ms</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity key</source>
        <translation>Objektschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished at</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed cost</source>
        <translation>Fixkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast run</source>
        <translation>Prognoselauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fragile</source>
        <translation>Zerbrechlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From location</source>
        <translation>Von Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling cost</source>
        <translation>Handlingkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling fee</source>
        <translation>Handlinggebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi80</source>
        <translation>80 % oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi95</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History end</source>
        <translation>Historie bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History start</source>
        <translation>Historie ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time days</source>
        <translation>WBZ (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time sd days</source>
        <translation>WBZ-Std.-Abw. (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line count</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo80</source>
        <translation>80 % unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo95</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location code</source>
        <translation>Standortcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mape</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup pct</source>
        <translation>Aufschlag (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mase</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Verkehrsträger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model columns</source>
        <translation>Modellspalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model nonzeros</source>
        <translation>Nicht-Nullen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model rows</source>
        <translation>Modellzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moq</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Zielfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order multiple</source>
        <translation>Bestellvielfaches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ref</source>
        <translation>Auftragsreferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>Verpackungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent name</source>
        <translation>Übergeordneter Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po group</source>
        <translation>Bestellgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit share</source>
        <translation>Gewinnbeteiligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit share pct</source>
        <translation>Gewinnbeteiligung (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed quantity</source>
        <translation>Vorgeschlagene Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran at</source>
        <translation>Gerechnet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows accepted</source>
        <translation>Zeilen übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Zeilen gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows rejected</source>
        <translation>Zeilen abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf life days</source>
        <translation>Haltbarkeit (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sku code</source>
        <translation>SKU-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat wape</source>
        <translation>Stat. WAPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier sku</source>
        <translation>Lieferanten-SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough</source>
        <translation>Gründlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To location</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total quantity</source>
        <translation>Gesamtmenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking signal</source>
        <translation>Tracking-Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone at</source>
        <translation>Zurückgenommen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone by</source>
        <translation>Zurückgenommen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Einstandspreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplift pct</source>
        <translation>Uplift (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="-308"/>
        <location line="+306"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Wape</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Grund</translation>
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
        <translation>leer</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 von %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierAssignmentModel</name>
    <message>
        <location filename="../ui/tiers/TierModels.cpp" line="-206"/>
        <source>OK: %1 d within the %2 d promise</source>
        <translation>OK: %1 T innerhalb der Zusage von %2 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not served</source>
        <translation>Nicht bedient</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lane via %2</source>
        <translation>%1-Relation über %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d of %2 d</source>
        <translation>%1 T von %2 T</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serves from</source>
        <translation>Beliefert aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallbacks at capacity</source>
        <translation>Ausweichstandorte bei Auslastung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost / unit</source>
        <translation>Kosten / Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierDefinitionModel</name>
    <message>
        <location line="-218"/>
        <source>when at capacity</source>
        <translation>bei Auslastung</translation>
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
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers whose CLTV is at or above this percentile (0–100)</source>
        <translation>Kunden, deren CLTV auf oder über diesem Perzentil liegt (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers whose CLTV is at least this score</source>
        <translation>Kunden, deren CLTV mindestens diesen Score erreicht</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLTV percentile</source>
        <translation>CLTV-Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTV score</source>
        <translation>CLTV-Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consolidate</source>
        <translation>Bündeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive</source>
        <translation>Anreiz</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierMapWidget</name>
    <message>
        <location filename="../ui/tiers/TierMapWidget.cpp" line="+114"/>
        <source>serves the region</source>
        <translation>bedient die Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fallback at capacity</source>
        <translation>Ausweichstandort bei Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflows (at capacity)</source>
        <translation>läuft über (ausgelastet)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierView</name>
    <message>
        <location filename="../ui/tiers/TierView.cpp" line="+168"/>
        <source>Thresholds by</source>
        <translation>Schwellen nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLTV percentile</source>
        <translation>CLTV-Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTV score</source>
        <translation>CLTV-Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentile: the share of customers with a lower CLTV (0–100). Score: the customer lifetime value itself.</source>
        <translation>Perzentil: der Anteil der Kunden mit niedrigerem CLTV (0–100). Score: der Customer Lifetime Value selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+338"/>
        <source>Store this configuration as a new version in the database.</source>
        <translation>Diese Konfiguration als neue Version in der Datenbank speichern.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Tiers&lt;/b&gt; — double-click a cell to edit; customers fall into the first tier whose threshold they reach</source>
        <translation>&lt;b&gt;Stufen&lt;/b&gt; – Doppelklick auf eine Zelle zum Bearbeiten; Kunden fallen in die erste Stufe, deren Schwelle sie erreichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Per region&lt;/b&gt; — the location that serves it and where orders go when it is at capacity</source>
        <translation>&lt;b&gt;Je Region&lt;/b&gt; – der Standort, der sie beliefert, und wohin Aufträge gehen, wenn er ausgelastet ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing simulation</source>
        <translation>Routing-Simulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All policies</source>
        <translation>Alle Strategien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import tier configuration</source>
        <translation>Stufenkonfiguration importieren</translation>
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
        <translation>Stufenkonfiguration exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export tier assignments</source>
        <translation>Stufenzuordnungen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the network (forecast demand, stock, plans)…</source>
        <translation>Netzwerk wird gelesen (prognostizierter Bedarf, Bestand, Pläne)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 locations, %2 customer regions, %3 customers.</source>
        <translation>%1 Standorte, %2 Kundenregionen, %3 Kunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network could not be read: %1</source>
        <translation>Das Netzwerk konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Tier configuration “%1”&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Stufenkonfiguration „%1“&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1, changed (not saved)</source>
        <translation>Version %1, geändert (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid: every region is served by every tier within its promise.</source>
        <translation>Gültig: jede Region wird von jeder Stufe innerhalb ihrer Zusage bedient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The definitions are valid; the regions are checked once the network is read.</source>
        <translation>Die Definitionen sind gültig; die Regionen werden geprüft, sobald das Netzwerk gelesen ist.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2, %3 d promise</source>
        <translation>%1: %2, Zusage %3 T</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the errors first: a configuration with errors is not stored.</source>
        <translation>Beheben Sie zuerst die Fehler: eine Konfiguration mit Fehlern wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capacity reserve</source>
        <translation>Kapazitätsreserve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>express lanes</source>
        <translation>Express-Relationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consolidation</source>
        <translation>Bündelung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incentive</source>
        <translation>Anreiz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thresholds by CLTV percentile</source>
        <translation>Schwellen nach CLTV-Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds by CLTV score</source>
        <translation>Schwellen nach CLTV-Score</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The configuration has errors and was not stored.</source>
        <translation>Die Konfiguration enthält Fehler und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saved in the tier editor</source>
        <translation>im Stufeneditor gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 is already stored exactly so.</source>
        <translation>Version %1 ist bereits genau so gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: review it, then save it as a new version.</source>
        <translation>%1 importiert: prüfen Sie die Konfiguration und speichern Sie sie dann als neue Version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 orders (seed %2); each sampled unit stands for %3 forecast units.</source>
        <translation>%1 Aufträge (Startwert %2); jede gezogene Einheit steht für %3 prognostizierte Einheiten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TransferLineModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="-386"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ships</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::UndoJournalKeeper</name>
    <message>
        <location filename="../ui/undo/UndoJournalKeeper.cpp" line="+77"/>
        <source>The stored edit history holds an edit of unknown kind &quot;%1&quot;.</source>
        <translation>Der gespeicherte Bearbeitungsverlauf enthält eine Änderung unbekannter Art „%1“.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The stored edit history is not valid JSON: %1.</source>
        <translation>Der gespeicherte Bearbeitungsverlauf ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored edit history holds an entry that is not a JSON object.</source>
        <translation>Der gespeicherte Bearbeitungsverlauf enthält einen Eintrag, der kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>The edit history of the last session was not restored: %1</source>
        <translation>Der Bearbeitungsverlauf der letzten Sitzung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits of this session are not kept after it ends.</source>
        <translation>Die Änderungen dieser Sitzung werden nach ihrem Ende nicht aufbewahrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The edit history of the last session was not restored: it belongs to user %1.</source>
        <translation>Der Bearbeitungsverlauf der letzten Sitzung wurde nicht wiederhergestellt: er gehört Benutzer %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edit history of the last session was not restored: the data was changed since (an import, or an edit made outside this window), so undoing those edits could overwrite newer ones.</source>
        <translation>Der Bearbeitungsverlauf der letzten Sitzung wurde nicht wiederhergestellt: Die Daten wurden seitdem geändert (ein Import oder eine Änderung außerhalb dieses Fensters), und das Rückgängigmachen könnte neuere Änderungen überschreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it holds more undone steps than the history keeps.</source>
        <translation>er enthält mehr rückgängig gemachte Schritte, als der Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored the edit history of the last session. Edits: %1, of them undone: %2.</source>
        <translation>Bearbeitungsverlauf der letzten Sitzung wiederhergestellt. Änderungen: %1, davon rückgängig gemacht: %2.</translation>
    </message>
</context>
</TS>
