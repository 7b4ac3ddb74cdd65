<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Stockshift::App</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+37"/>
        <source>Creating the demo network…</source>
        <translation>Creando la red de demostración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Stockshift, estación de trabajo de planificación de inventario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database to open (default: yours, with the demo network on first run).</source>
        <translation>Base de datos que abrir (predeterminada: la suya, con la red de demostración en el primer inicio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area to show first: network, browser, forecasts, health, plans, exports.</source>
        <translation>Área que mostrar al inicio: network, browser, forecasts, health, plans, exports.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Guardar una captura de pantalla de la ventana y salir.</translation>
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
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CycleCommand.cpp" line="-405"/>
        <source>Output folder (default: ./stockshift-out).</source>
        <translation>Carpeta de salida (predeterminada: ./stockshift-out).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DemoCommand.cpp" line="-50"/>
        <location filename="../app/cli/ExportCommand.cpp" line="-241"/>
        <location filename="../app/cli/ImportCommand.cpp" line="-160"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed of the demo network (default 42).</source>
        <translation>Semilla aleatoria de la red de demostración (predeterminada: 42).</translation>
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
        <translation>Número de SKU (predeterminado: 300).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit of the joint plan in seconds (default 45).</source>
        <translation>Tiempo límite del plan conjunto en segundos (predeterminado: 45).</translation>
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
        <translation>Imprime un resumen legible por máquina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs the whole planning cycle on a fresh demo network and writes every output into one folder.</source>
        <translation>Ejecuta el ciclo de planificación completo sobre una red de demostración nueva y escribe todas las salidas en una carpeta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 SKUs, %2 locations, %3 sales rows written to %4</source>
        <translation>%1 SKU, %2 ubicaciones y %3 filas de ventas escritas en %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 rows accepted, %3 rejected</source>
        <translation>%1: %2 filas aceptadas, %3 rechazadas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 series forecast from the history up to %2 in %3 s</source>
        <translation>%1 series previstas con el histórico hasta %2 en %3 s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 series in %2 s (%3 outlier and %4 stockout buckets cleansed), backtest MASE %5, written to %6 and %7</source>
        <translation>%1 series en %2 s (%3 periodos atípicos y %4 de rotura de stock depurados), MASE del backtest %5, escrito en %6 y %7</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>backcast against the actuals: WAPE %1%, MASE %2, bias %3%; %4 alerts; written to %5</source>
        <translation>previsión retrospectiva frente a los datos reales: WAPE %1%, MASE %2, sesgo %3%; %4 alertas; escrito en %5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 SKU × locations: score %2, %3 out of stock, %4 critical, %5 below the reorder point, %6 expiring, %7 overstocked; %8 to order now; %9 alerts open; written to %10 and %11</source>
        <translation>%1 SKU × ubicaciones: puntuación %2, %3 sin stock, %4 críticos, %5 bajo el punto de pedido, %6 próximos a caducar, %7 con exceso de stock; %8 por pedir ya; %9 alertas abiertas; escrito en %10 y %11</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>joint plan %1 (%2, gap %3%, %4 s): %5 transfer and %6 purchase lines; simulated cost %7 at fill rate %8% against %9 at %10% for greedy transfers with reorder-point purchases (%11% less); written to %12 and %13</source>
        <translation>plan conjunto %1 (%2, brecha %3%, %4 s): %5 líneas de traspaso y %6 de compra; coste simulado %7 con tasa de servicio %8% frente a %9 con %10% para traspasos por regla voraz con compras por punto de pedido (%11% menos); escrito en %12 y %13</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>plan %1 approved; %2 purchase orders (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) and %3 transfer orders (CSV, PDF pick lists): %4 files in %5; %6 settlement ledger entries</source>
        <translation>plan %1 aprobado; %2 pedidos de compra (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) y %3 órdenes de traspaso (CSV, PDF de listas de preparación): %4 archivos en %5; %6 asientos en el libro de liquidaciones</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tiers error: %1</source>
        <translation>error de niveles: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tiers warning: %1</source>
        <translation>advertencia de niveles: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planning cycle</source>
        <translation>ciclo de planificación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2% on time at %3 per order</source>
        <translation>%1 %2% a tiempo con %3 por pedido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tiers × %2 regions, version %3, %4 errors and %5 warnings, written to %6 and %7; %8 simulated orders: %9</source>
        <translation>%1 niveles × %2 regiones, versión %3, %4 errores y %5 advertencias, escrito en %6 y %7; %8 pedidos simulados: %9</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>written to %1</source>
        <translation>escrito en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning cycle finished in %1 s. Outputs are in %2 (database %3).</source>
        <translation>Ciclo de planificación terminado en %1 s. Las salidas están en %2 (base de datos %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="-9"/>
        <source>Database to create (default: the user&apos;s database).</source>
        <translation>Base de datos que crear (predeterminada: la base de datos del usuario).</translation>
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
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the network as CSV files into this folder instead.</source>
        <translation>Escribe la red como archivos CSV en esta carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 42).</source>
        <translation>Semilla aleatoria (predeterminada: 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of locations (default 20).</source>
        <translation>Número de ubicaciones (predeterminado: 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of sales history (default 730).</source>
        <translation>Días de histórico de ventas (predeterminado: 730).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing when the database already holds a network.</source>
        <translation>No hace nada si la base de datos ya contiene una red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generates a deterministic demo network (same seed, same data).</source>
        <translation>Genera una red de demostración determinista (misma semilla, mismos datos).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 already holds a network; nothing to do.</source>
        <translation>%1 ya contiene una red; no hay nada que hacer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo network written to %1: %2 locations, %3 SKUs, %4 sales rows, %5 stock rows, %6 lanes, %7 suppliers, %8 open orders, %9 customers (%10 s).</source>
        <translation>Red de demostración escrita en %1: %2 ubicaciones, %3 SKU, %4 filas de ventas, %5 filas de stock, %6 rutas, %7 proveedores, %8 pedidos abiertos, %9 clientes (%10 s).</translation>
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
        <translation>Archivo de base de datos (predeterminado: la base de datos del usuario).</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>The plan whose approved lines are exported.</source>
        <translation>El plan cuyas líneas aprobadas se exportan.</translation>
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
        <translation>csv, pdf, x12, edifact o json; varios separados por comas, o all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv or pdf (a pick list); both separated by a comma, or all.</source>
        <translation>csv o pdf (lista de preparación); ambos separados por una coma, o all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder (created when missing).</source>
        <translation>Carpeta de salida (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter: , ; tab or | (default: the profile&apos;s).</source>
        <translation>Delimitador CSV: , ; tab o | (predeterminado: el del perfil).</translation>
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
        <translation>Números CSV con coma decimal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV in UTF-8 without a byte order mark.</source>
        <translation>CSV en UTF-8 sin marca de orden de bytes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue orders already exported as their next revision.</source>
        <translation>Volver a emitir los pedidos ya exportados como su siguiente revisión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV layout: generic or an import profile (%1) or a profile JSON file, so the file re-imports into that ERP.</source>
        <translation>Formato CSV: generic, un perfil de importación (%1) o un archivo JSON de perfil, para que el archivo se vuelva a importar en ese ERP.</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the purchase orders formed by a plan&apos;s approved purchase lines (per supplier, delivery location and order date) and records them.</source>
        <translation>Escribe los pedidos de compra formados por las líneas de compra aprobadas de un plan (por proveedor, ubicación de entrega y fecha de pedido) y los registra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the transfer orders formed by a plan&apos;s approved transfer lines (per source location) and records them; transfers from partners go to the settlement ledger.</source>
        <translation>Escribe las órdenes de traspaso formadas por las líneas de traspaso aprobadas de un plan (por ubicación de origen) y las registra; los traspasos desde socios van al libro de liquidaciones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs --plan and --out.</source>
        <translation>%1 necesita --plan y --out.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown format &quot;%1&quot; for %2.</source>
        <translation>Formato desconocido &quot;%1&quot; para %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--delimiter must be , ; tab or |.</source>
        <translation>--delimiter debe ser , ; tab o |.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A decimal comma needs another delimiter (--delimiter ;).</source>
        <translation>Una coma decimal requiere otro delimitador (--delimiter ;).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+99"/>
        <source>(several)</source>
        <translation>(varios)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 new and %2 revised %3 orders, %4 files written to %5%6.</source>
        <translation>%1 pedidos de %3 nuevos y %2 revisados, %4 archivos escritos en %5%6.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-14"/>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+0"/>
        <source>transfer</source>
        <translation>traspaso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 settlement ledger entries</source>
        <translation>; %1 asientos en el libro de liquidaciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order number (purchase or transfer order).</source>
        <translation>El número de pedido (pedido de compra u orden de traspaso).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is cancelled (kept in the audit log).</source>
        <translation>Motivo de la cancelación (se guarda en el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-1"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-225"/>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-342"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancels an exported order: its lines become cancelled, its number is never given out again; audited.</source>
        <translation>Cancela un pedido exportado: sus líneas pasan a canceladas y su número no se vuelve a asignar; queda auditado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export cancel needs --po.</source>
        <translation>export cancel necesita --po.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order %1 cancelled (%2 lines).</source>
        <translation>Pedido %1 cancelado (%2 líneas).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only this plan&apos;s orders.</source>
        <translation>Solo los pedidos de este plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the orders as JSON.</source>
        <translation>Imprime los pedidos como JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the exported and cancelled orders, newest first.</source>
        <translation>Lista los pedidos exportados y cancelados, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No orders were exported yet.</source>
        <translation>Todavía no se ha exportado ningún pedido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled %1: %2</source>
        <translation>cancelado %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported %1</source>
        <translation>exportado %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2; empty resets to &quot;%3&quot;).</source>
        <translation>%1 (%2; vacío restablece &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>Imprime la configuración como JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the company, buyer, numbering and EDI settings that orders carry, and sets them.</source>
        <translation>Muestra y establece los datos de empresa, comprador, numeración y EDI que llevan los pedidos.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Usage: stockshift-cli export pos|transfers|cancel|list|settings [options] (each has --help).</source>
        <translation>Uso: stockshift-cli export pos|transfers|cancel|list|settings [opciones] (cada uno tiene --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastCommand.cpp" line="-8"/>
        <source>Buckets to forecast (default 13).</source>
        <translation>Periodos que prever (predeterminado: 13).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day or week (default week).</source>
        <translation>day o week (predeterminado: week).</translation>
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
        <translation>auto (por serie: backtest con origen móvil entre los métodos de su clase de demanda) o uno de: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="+3"/>
        <location filename="../app/cli/HealthCommand.cpp" line="-177"/>
        <source>Worker threads (default: all cores).</source>
        <translation>Hilos de trabajo (predeterminado: todos los núcleos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling backtest origins for the automatic selection (default 3).</source>
        <translation>Orígenes del backtest móvil para la selección automática (predeterminado: 3).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the history up to this date only (yyyy-mm-dd): a backcast whose accuracy can be measured against the sales after it.</source>
        <translation>Usar solo el histórico hasta esta fecha (aaaa-mm-dd): una previsión retrospectiva cuya precisión puede medirse con las ventas posteriores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-4"/>
        <location line="+1"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of the most valuable series get every method family (ETS, ARIMA, regression besides the fast ones); -1 = all (default 10000).</source>
        <translation>Cuántas de las series más valiosas reciben todas las familias de métodos (ETS, ARIMA, regresión además de los rápidos); -1 = todas (predeterminado: 10000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn from the raw history: no outlier cutting, no imputation of stockout days.</source>
        <translation>Aprender del histórico en bruto: sin recorte de atípicos ni imputación de días de rotura de stock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecasts every active SKU × location from its sales history and stores the run.</source>
        <translation>Prevé cada SKU × ubicación activo a partir de su histórico de ventas y guarda la ejecución.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--as-of must be a date (yyyy-mm-dd), not &quot;%1&quot;.</source>
        <translation>--as-of debe ser una fecha (aaaa-mm-dd), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bucket must be day or week, not &quot;%1&quot;.</source>
        <translation>--bucket debe ser day o week, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Forecast run %1: %2 series (%3 failed) from history up to %4, in %5 s.
Demand classes: %6.
Methods: %7.
Backtest: mean MASE %8, WAPE %9%.</source>
        <translation>Ejecución de previsión %1: %2 series (%3 fallidas) con histórico hasta %4, en %5 s.
Clases de demanda: %6.
Métodos: %7.
Backtest: MASE medio %8, WAPE %9%.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cleansed history: %1 outlier buckets cut, %2 stockout buckets imputed (forecast_adjustments).</source>
        <translation>Histórico depurado: %1 periodos atípicos recortados, %2 periodos de rotura de stock imputados (forecast_adjustments).</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastSeriesCommand.cpp" line="-16"/>
        <source>The series file.</source>
        <translation>El archivo de series.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m3 (id,v1,v2,… without header), m4 (quoted header, id first) or long (series_id,t,value).</source>
        <translation>m3 (id,v1,v2,… sin cabecera), m4 (cabecera entre comillas, id primero) o long (series_id,t,value).</translation>
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
        <translation>Longitud de la estacionalidad: 1 ninguna, 4 trimestral, 7 diaria, 12 mensual, 52 semanal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps to forecast.</source>
        <translation>Pasos que prever.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (per series: rolling-origin backtest over the horizon, the ETS/Theta/ARIMA ensemble unless another method is clearly better) or one of: %1.</source>
        <translation>auto (por serie: backtest con origen móvil sobre el horizonte, el conjunto ETS/Theta/ARIMA salvo que otro método sea claramente mejor) o uno de: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output CSV: series_id,h,forecast,lo80,hi80,lo95,hi95.</source>
        <translation>CSV de salida: series_id,h,forecast,lo80,hi80,lo95,hi95.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecasts every series of a file with prediction intervals.</source>
        <translation>Prevé cada serie de un archivo con intervalos de predicción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be m3, m4 or long, not &quot;%1&quot;.</source>
        <translation>--format debe ser m3, m4 o long, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+10"/>
        <source>%1: not forecast: %2</source>
        <translation>%1: sin previsión: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 series forecast, %2 left out, in %3 s; written to %4.</source>
        <translation>%1 series previstas, %2 excluidas, en %3 s; escrito en %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastToolsCommand.cpp" line="-206"/>
        <source>Unknown location &quot;%1&quot;.</source>
        <translation>Ubicación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown SKU &quot;%1&quot;.</source>
        <translation>SKU desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Forecast run (default: the newest).</source>
        <translation>Ejecución de previsión (predeterminada: la más reciente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>series (SKU x location), location, region, category or network (default series).</source>
        <translation>series (SKU x ubicación), location, region, category o network (predeterminado: series).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>CSV file to write.</source>
        <translation>Archivo CSV que escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a stored forecast, overrides applied, at any level as CSV.</source>
        <translation>Escribe una previsión guardada, con los ajustes manuales aplicados, a cualquier nivel como CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--level must be series, location, region, category or network.</source>
        <translation>--level debe ser series, location, region, category o network.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out FILE is required.</source>
        <translation>--out ARCHIVO es obligatorio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecast run %1 at %2 level written to %3.</source>
        <translation>Ejecución de previsión %1 a nivel %2 escrita en %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows to list: series, sku, location, category or network (default location).</source>
        <translation>Filas que listar: series, sku, location, category o network (predeterminado: location).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the N groups with the largest error (default 10).</source>
        <translation>Listar los N grupos con mayor error (predeterminado: 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the rows of that level as CSV.</source>
        <translation>Escribir también las filas de ese nivel como CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every run again, even if nothing changed.</source>
        <translation>Evaluar de nuevo cada ejecución, aunque nada haya cambiado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measures every stored forecast run against the sales that arrived after it (MAPE, WAPE, MASE, bias, tracking signal) and raises alerts when accuracy drops.</source>
        <translation>Mide cada ejecución de previsión guardada frente a las ventas posteriores (MAPE, WAPE, MASE, sesgo, señal de seguimiento) y genera alertas cuando la precisión baja.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--level must be series, sku, location, category or network.</source>
        <translation>--level debe ser series, sku, location, category o network.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No forecast run has actuals yet: run a forecast with --as-of an earlier date, or import the sales that followed a run.</source>
        <translation>Ninguna ejecución de previsión tiene aún datos reales: ejecute una previsión con --as-of en una fecha anterior o importe las ventas posteriores a una ejecución.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Run %1 (%2 series, %3 buckets with actuals, %4 runs evaluated): WAPE %5%, MAPE %6%, MASE %7, bias %8%, tracking signal %9; statistical forecast alone: WAPE %10%.</source>
        <translation>Ejecución %1 (%2 series, %3 periodos con datos reales, %4 ejecuciones evaluadas): WAPE %5%, MAPE %6%, MASE %7, sesgo %8%, señal de seguimiento %9; solo la previsión estadística: WAPE %10%.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Largest errors by %1:</source>
        <translation>Mayores errores por %1:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert (%1): %2</source>
        <translation>Alerta (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add, list, undo or redo</source>
        <translation>add, list, undo o redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/HealthCommand.cpp" line="+236"/>
        <source>Location code.</source>
        <translation>Código de ubicación.</translation>
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
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/HealthCommand.cpp" line="+0"/>
        <source>SKU code.</source>
        <translation>Código de SKU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bucket start covered (yyyy-mm-dd).</source>
        <translation>Inicio del primer periodo cubierto (aaaa-mm-dd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bucket start covered (yyyy-mm-dd).</source>
        <translation>Inicio del último periodo cubierto (aaaa-mm-dd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the forecast to Q per bucket.</source>
        <translation>Fijar la previsión en Q por periodo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply the forecast by F (1.2 = +20%).</source>
        <translation>Multiplicar la previsión por F (1.2 = +20%).</translation>
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
        <translation>Motivo (obligatorio para add).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who (default: the login name).</source>
        <translation>Quién (predeterminado: el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override id (undo, redo).</source>
        <translation>Id del ajuste manual (undo, redo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: include undone overrides.</source>
        <translation>list: incluir los ajustes manuales deshechos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable output.</source>
        <translation>Imprime una salida legible por máquina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner overrides of the forecast: add one (set or scale a SKU x location over a date range, with a reason), list them, undo or redo one. Every change is audited.</source>
        <translation>Ajustes manuales de la previsión: añadir uno (fijar o escalar un SKU x ubicación en un intervalo de fechas, con un motivo), listarlos, deshacer o rehacer uno. Todos los cambios quedan auditados.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from and --to must be dates (yyyy-mm-dd).</source>
        <translation>--from y --to deben ser fechas (aaaa-mm-dd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give exactly one of --set Q and --scale F.</source>
        <translation>Indique exactamente uno de --set Q y --scale F.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The override&apos;s value must be a number.</source>
        <translation>El valor del ajuste manual debe ser un número.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Override %1 added: %2.</source>
        <translation>Ajuste manual %1 añadido: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--id N is required.</source>
        <translation>--id N es obligatorio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override %1 undone.</source>
        <translation>Ajuste manual %1 deshecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override %1 in force again.</source>
        <translation>Ajuste manual %1 de nuevo en vigor.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>  (undone %1)</source>
        <translation>  (deshecho %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give an action: add, list, undo or redo.</source>
        <translation>Indique una acción: add, list, undo o redo.</translation>
    </message>
    <message>
        <location filename="../app/cli/HealthCommand.cpp" line="-238"/>
        <source>Also write the rows as CSV.</source>
        <translation>Escribir también las filas como CSV.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: score %2 · %3 rows: %4 out, %5 critical, %6 below ROP, %7 expiring, %8 overstock, %9 healthy</source>
        <translation>%1: puntuación %2 · %3 filas: %4 sin stock, %5 críticas, %6 bajo punto de pedido, %7 próximas a caducar, %8 exceso de stock, %9 sanas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · stock %1, turnover %2, %3 days of inventory, in stock %4%</source>
        <translation> · stock %1, rotación %2, %3 días de inventario, disponibilidad %4%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stock health per SKU × location (status, cover, value, expiry), rolled up by location, with the health score and its parts; raises and resolves the stock alerts.</source>
        <translation>Salud del stock por SKU × ubicación (estado, cobertura, valor, caducidad), agregada por ubicación, con la puntuación de salud y sus componentes; genera y resuelve las alertas de stock.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stock health as of %1 (%2 SKU × location rows, demand from %3):</source>
        <translation>Salud del stock a %1 (%2 filas SKU × ubicación, demanda de %3):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>ejecución de previsión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales history, no forecast run</source>
        <translation>histórico de ventas, sin ejecución de previsión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (target %3): %4 points</source>
        <translation>%1 %2 (objetivo %3): %4 puntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not measured</source>
        <translation>%1: no medido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score parts: %1.</source>
        <translation>Componentes de la puntuación: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts: %1 raised, %2 still open, %3 resolved. Computed in %4 s (read %5 s).</source>
        <translation>Alertas: %1 generadas, %2 aún abiertas, %3 resueltas. Calculado en %4 s (lectura %5 s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>default, A, B, C or AX … CZ.</source>
        <translation>default, A, B, C o AX … CZ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPE</source>
        <translation>ÁMBITO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location code (override).</source>
        <translation>Código de ubicación (excepción).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU code (override).</source>
        <translation>Código de SKU (excepción).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required for an override).</source>
        <translation>Motivo (obligatorio para una excepción).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameters as JSON, e.g. {&quot;serviceLevel&quot;:0.97}; {} clears the rule or override.</source>
        <translation>Los parámetros como JSON, p. ej. {&quot;serviceLevel&quot;:0.97}; {} borra la regla o la excepción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sets the policy of one SKU × location (audited).</source>
        <translation>Establece la política de un SKU × ubicación (auditado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the policy rule of a segment (audited).</source>
        <translation>Establece la regla de política de un segmento (auditado).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--json must be a JSON object: %1</source>
        <translation>--json debe ser un objeto JSON: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown location &quot;%1&quot; or SKU &quot;%2&quot;.</source>
        <translation>Ubicación &quot;%1&quot; o SKU &quot;%2&quot; desconocidos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy saved.</source>
        <translation>Política guardada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated days per run (default 730).</source>
        <translation>Días simulados por ejecución (predeterminado: 730).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs (default 20).</source>
        <translation>Ejecuciones (predeterminado: 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+131"/>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (predeterminada: 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulates the recommended policy of one SKU × location day by day with demand drawn from its forecast: achieved service, fill rate, stock and cost.</source>
        <translation>Simula día a día la política recomendada de un SKU × ubicación con demanda extraída de su previsión: servicio alcanzado, tasa de servicio, stock y coste.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot simulate: %1.</source>
        <translation>No se puede simular: %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 at %2, %3 policy (s %4, S %5), target %6%:</source>
        <translation>%1 en %2, política %3 (s %4, S %5), objetivo %6%:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  cycle service %1% over %2 cycles, fill rate %3%, average stock %4 units, %5 orders a year; cost a year: holding %6, ordering %7, lost margin %8.</source>
        <translation>  nivel de servicio por ciclo %1% en %2 ciclos, tasa de servicio %3%, stock medio %4 unidades, %5 pedidos al año; coste anual: almacenamiento %6, pedidos %7, margen perdido %8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No SKU × location %1 at %2 in the inventory.</source>
        <translation>No hay ningún SKU × ubicación %1 en %2 en el inventario.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Safety stock, reorder point, order-up-to level, EOQ and the suggested order per SKU × location, with every formula input (CSV). Also: policy set --scope S --json J | policy override --location L --sku K --reason R --json J | policy simulate --location L --sku K.</source>
        <translation>Stock de seguridad, punto de pedido, nivel máximo, EOQ y pedido sugerido por SKU × ubicación, con todos los datos de las fórmulas (CSV). También: policy set --scope S --json J | policy override --location L --sku K --reason R --json J | policy simulate --location L --sku K.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Policies for %1 SKU × location rows: %2 to order now (%3 units, %4 at cost); safety stock worth %5; %6 rows cannot be computed (see the note column).</source>
        <translation>Políticas para %1 filas SKU × ubicación: %2 por pedir ya (%3 unidades, %4 a coste); stock de seguridad valorado en %5; %6 filas no se pueden calcular (véase la columna de notas).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also list resolved alerts.</source>
        <translation>Listar también las alertas resueltas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the stock health first (raises and resolves).</source>
        <translation>Recalcular antes la salud del stock (genera y resuelve alertas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List at most N alerts (default 50; 0 = all).</source>
        <translation>Listar como máximo N alertas (predeterminado: 50; 0 = todas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the alerts as JSON.</source>
        <translation>Imprime las alertas como JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the open alerts (stock, expiry, overstock, stale data, forecast accuracy), critical first.</source>
        <translation>Lista las alertas abiertas (stock, caducidad, exceso de stock, datos obsoletos, precisión de la previsión), las críticas primero.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 alerts: %2 critical, %3 warnings, %4 info.</source>
        <translation>%1 alertas: %2 críticas, %3 advertencias, %4 informativas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %1 more (--top 0 lists all).</source>
        <translation>… y %1 más (--top 0 las lista todas).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="-41"/>
        <source>… %1 more problems (use --errors FILE.csv to get all of them).</source>
        <translation>… %1 problemas más (use --errors ARCHIVO.csv para obtenerlos todos).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the file holds: %1. Default: from the file name (e.g. sales.csv).</source>
        <translation>Contenido del archivo: %1. Predeterminado: según el nombre del archivo (p. ej., sales.csv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import.</source>
        <translation>El archivo CSV que importar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every known file of a folder (locations.csv, skus.csv, …) in dependency order.</source>
        <translation>Importar todos los archivos conocidos de una carpeta (locations.csv, skus.csv, …) en orden de dependencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping profile: a built-in name (%1) or a JSON file.</source>
        <translation>Perfil de asignación: un nombre integrado (%1) o un archivo JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping profile JSON file (same as --profile FILE).</source>
        <translation>Archivo JSON de perfil de asignación (igual que --profile ARCHIVO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate only; write nothing.</source>
        <translation>Solo validar; no escribir nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upsert (default) or replace (rows of this kind not in the file are removed; master data is deactivated).</source>
        <translation>upsert (predeterminado) o replace (se eliminan las filas de este tipo que no estén en el archivo; los datos maestros se desactivan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is rejected.</source>
        <translation>No importar nada si se rechaza alguna fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create unknown SKU, location and supplier codes.</source>
        <translation>Crear los códigos de SKU, ubicación y proveedor desconocidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every problem to this CSV file.</source>
        <translation>Escribir todos los problemas en este archivo CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter: , ; tab | (default: detected).</source>
        <translation>Delimitador de campos: , ; tab | (predeterminado: detectado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal separator: . or , (default: detected).</source>
        <translation>Separador decimal: . o , (predeterminado: detectado).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iso, dmy, mdy, yyyymmdd or excel (default: detected).</source>
        <translation>iso, dmy, mdy, yyyymmdd o excel (predeterminado: detectado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be o windows-1252 (predeterminado: detectada).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENC</source>
        <translation>COD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports an ERP CSV export into the database. Every row is validated; bad rows are reported with line, column and reason and the rest is committed in one transaction.</source>
        <translation>Importa en la base de datos una exportación CSV de un ERP. Se valida cada fila; las filas erróneas se notifican con línea, columna y motivo, y el resto se confirma en una sola transacción.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--mode must be upsert or replace, not &quot;%1&quot;.</source>
        <translation>--mode debe ser upsert o replace, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown delimiter &quot;%1&quot;; use , ; tab or |.</source>
        <translation>Delimitador desconocido &quot;%1&quot;; use , ; tab o |.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--decimal must be . or ,</source>
        <translation>--decimal debe ser . o ,</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown date format &quot;%1&quot;; use iso, dmy, mdy, yyyymmdd or excel.</source>
        <translation>Formato de fecha desconocido &quot;%1&quot;; use iso, dmy, mdy, yyyymmdd o excel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Codificación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 holds none of the known files (locations.csv, skus.csv, …).</source>
        <translation>La carpeta %1 no contiene ninguno de los archivos conocidos (locations.csv, skus.csv, …).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the file to import with --file (or a folder with --dir).</source>
        <translation>Indique el archivo que importar con --file (o una carpeta con --dir).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Tipo desconocido &quot;%1&quot;; use uno de: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot tell what %1 holds from its name; give --kind (%2).</source>
        <translation>No se puede deducir el contenido de %1 por su nombre; indique --kind (%2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Forecast accuracy could not be updated: %1</source>
        <translation>No se pudo actualizar la precisión de la previsión: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Forecast accuracy updated: run %1 against the actuals, WAPE %2%, bias %3%; %n new alert(s) (stockshift-cli accuracy).</source>
        <translation>
            <numerusform>Precisión de la previsión actualizada: ejecución %1 frente a los datos reales, WAPE %2%, sesgo %3%; %n alerta nueva (stockshift-cli accuracy).</numerusform>
            <numerusform>Precisión de la previsión actualizada: ejecución %1 frente a los datos reales, WAPE %2%, sesgo %3%; %n alertas nuevas (stockshift-cli accuracy).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="+1"/>
        <source>Print machine-readable JSON.</source>
        <translation>Imprime JSON legible por máquina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows counts per table, the sales history range and the last imports.</source>
        <translation>Muestra los recuentos por tabla, el intervalo del histórico de ventas y las últimas importaciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/LedgerCommand.cpp" line="-9"/>
        <source>Usage: stockshift-cli ledger verify|export [options] (each has --help).</source>
        <translation>Uso: stockshift-cli ledger verify|export [opciones] (cada uno tiene --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The partner&apos;s location code.</source>
        <translation>El código de ubicación del socio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement file: .csv or .pdf.</source>
        <translation>Archivo de extracto: .csv o .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes a partner&apos;s settlement statement (CSV or PDF).</source>
        <translation>Escribe el extracto de liquidación de un socio (CSV o PDF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks every entry of the settlement ledger and the chain that links them; exit code 1 when something was changed.</source>
        <translation>Comprueba cada asiento del libro de liquidaciones y la cadena que los enlaza; código de salida 1 si algo se modificó.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settlement ledger is intact: %1 entries, every one chained to the one before.</source>
        <translation>El libro de liquidaciones está íntegro: %1 asientos, cada uno encadenado al anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settlement ledger was tampered with: %1</source>
        <translation>El libro de liquidaciones ha sido manipulado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ledger export needs --partner and --out.</source>
        <translation>ledger export necesita --partner y --out.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Statement of %1 written to %2: %3 entries, owed to it %4, owed by it %5, net %6; ledger %7.</source>
        <translation>Extracto de %1 escrito en %2: %3 asientos, se le debe %4, debe %5, neto %6; libro %7.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+29"/>
        <source>Generate the demo network into a database or a CSV folder</source>
        <translation>Generar la red de demostración en una base de datos o una carpeta CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import an ERP CSV export (or a folder of them)</source>
        <translation>Importar una exportación CSV de un ERP (o una carpeta de ellas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what a database holds</source>
        <translation>Mostrar el contenido de una base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast every active SKU x location and store the run</source>
        <translation>Prever cada SKU x ubicación activo y guardar la ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a stored forecast (overrides applied) at any level as CSV</source>
        <translation>Escribir una previsión guardada (con ajustes manuales) a cualquier nivel como CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure stored forecasts against the actuals that arrived; alerts</source>
        <translation>Medir las previsiones guardadas frente a los datos reales recibidos; alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, list, undo or redo forecast overrides</source>
        <translation>Añadir, listar, deshacer o rehacer ajustes manuales de la previsión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock health, score and alerts per SKU x location and location</source>
        <translation>Salud del stock, puntuación y alertas por SKU x ubicación y por ubicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety stock, reorder point, EOQ and suggested orders; set, simulate</source>
        <translation>Stock de seguridad, punto de pedido, EOQ y pedidos sugeridos; establecer, simular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the open alerts, critical first</source>
        <translation>Listar las alertas abiertas, las críticas primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer, replenishment and joint plans (CBC or rules); evaluate, review</source>
        <translation>Planes de traspaso, reaprovisionamiento y conjuntos (CBC o reglas); evaluar, revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the partner settlement ledger, export a partner&apos;s statement</source>
        <translation>Verificar el libro de liquidaciones con socios, exportar el extracto de un socio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fulfilment tiers from customer value and capacity: build, validate, export, import</source>
        <translation>Niveles de cumplimiento según el valor del cliente y la capacidad: crear, validar, exportar, importar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulate order routing policies per customer tier</source>
        <translation>Simular políticas de enrutamiento de pedidos por nivel de cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase orders (CSV, PDF, X12, EDIFACT, JSON) and transfer orders</source>
        <translation>Pedidos de compra (CSV, PDF, X12, EDIFACT, JSON) y órdenes de traspaso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What-if scenarios: save, load (files), list, run on a copy, compare</source>
        <translation>Escenarios hipotéticos: guardar, cargar (archivos), listar, ejecutar sobre una copia, comparar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast the series of an M3, M4 or long CSV file</source>
        <translation>Prever las series de un archivo CSV M3, M4 o long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the whole planning cycle on the demo network</source>
        <translation>Ejecutar el ciclo de planificación completo sobre la red de demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: stockshift-cli &lt;command&gt; [options]   (stockshift-cli &lt;command&gt; --help for its options)</source>
        <translation>Uso: stockshift-cli &lt;comando&gt; [opciones]   (stockshift-cli &lt;comando&gt; --help para ver sus opciones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 success, 1 partial (some rows rejected), 2 error.</source>
        <translation>Códigos de salida: 0 éxito, 1 parcial (algunas filas rechazadas), 2 error.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-182"/>
        <source>Plan %1 (%2, %3): %4 — %5 transfer lines (%6 units, %7 shipments), %8 purchase lines (%9 units, %10 orders).</source>
        <translation>Plan %1 (%2, %3): %4 — %5 líneas de traspaso (%6 unidades, %7 envíos), %8 líneas de compra (%9 unidades, %10 pedidos).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Cost over the horizon: %1 = transport %2 + fixed %3 + holding %4 + lost margin %5 + safety-stock shortfall %6; purchases worth %7; unmet demand %8 units.</source>
        <translation>  Coste en el horizonte: %1 = transporte %2 + fijo %3 + almacenamiento %4 + margen perdido %5 + déficit de stock de seguridad %6; compras por valor de %7; demanda no satisfecha %8 unidades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Solver: objective %1, best bound %2, gap %3%, %4 s; model %5 rows × %6 columns, %7 non-zeros.</source>
        <translation>  Optimizador: objetivo %1, mejor cota %2, brecha %3%, %4 s; modelo de %5 filas × %6 columnas, %7 no nulos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buckets to plan (default 4).</source>
        <translation>Periodos que planificar (predeterminado: 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week or day (default week).</source>
        <translation>week o day (predeterminado: week).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milp (CBC), greedy (transfers), rop (purchases) or none.</source>
        <translation>milp (CBC), greedy (traspasos), rop (compras) o none.</translation>
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
        <translation>Tiempo límite del optimizador en segundos (predeterminado: 60).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative gap to stop at (default 0.01).</source>
        <translation>Brecha relativa a la que detenerse (predeterminada: 0.01).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solver threads (default 1).</source>
        <translation>Hilos del optimizador (predeterminado: 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per truck (0 = one shipment carries any amount).</source>
        <translation>Unidades por camión (0 = un envío lleva cualquier cantidad).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per bucket (0 = none).</source>
        <translation>Presupuesto de compras por periodo (0 = sin límite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty per unit and bucket below safety stock, as a share of the unit margin (default 0.1).</source>
        <translation>Penalización por unidad y periodo por debajo del stock de seguridad, como fracción del margen unitario (predeterminada: 0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan only the N most valuable SKUs (0 = all).</source>
        <translation>Planificar solo los N SKU más valiosos (0 = todos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole units as integer variables (slower; by default quantities are continuous in the model and rounded after).</source>
        <translation>Unidades enteras como variables enteras (más lento; por defecto las cantidades son continuas en el modelo y se redondean después).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the model for other solvers: free MPS, or CPLEX LP when FILE ends in .lp.</source>
        <translation>Escribir el modelo para otros optimizadores: MPS libre, o LP de CPLEX si ARCHIVO termina en .lp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CBC&apos;s log.</source>
        <translation>Imprimir el registro de CBC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan&apos;s lines as CSV.</source>
        <translation>Escribir las líneas del plan como CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also simulate it (N runs).</source>
        <translation>Simularlo también (N ejecuciones).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes and stores a plan over the next buckets.</source>
        <translation>Crea y guarda un plan para los próximos periodos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--time-limit, --gap, --truck and --budget must be non-negative numbers.</source>
        <translation>--time-limit, --gap, --truck y --budget deben ser números no negativos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bucket must be week or day, not &quot;%1&quot;.</source>
        <translation>--bucket debe ser week o day, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>  Simulated over %1 runs: fill rate %2%, total cost %3 (± %4).</source>
        <translation>  Simulado en %1 ejecuciones: tasa de servicio %2%, coste total %3 (± %4).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+150"/>
        <source>Plan id.</source>
        <translation>Id del plan.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Simulation runs (default 20).</source>
        <translation>Ejecuciones de simulación (predeterminado: 20).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulates a stored plan day by day under random demand (its own stored input, so the result is reproducible).</source>
        <translation>Simula día a día un plan guardado con demanda aleatoria (con su propia entrada guardada, por lo que el resultado es reproducible).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plan %1 over %2 runs: fill rate %3%, lost %4 units; cost %5 (± %6) = transport %7 + fixed %8 + ordering %9 + holding %10 + lost margin %11; ending stock %12 units.</source>
        <translation>Plan %1 en %2 ejecuciones: tasa de servicio %3%, %4 unidades perdidas; coste %5 (± %6) = transporte %7 + fijo %8 + pedidos %9 + almacenamiento %10 + margen perdido %11; stock final %12 unidades.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan id (show).</source>
        <translation>Id del plan (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan&apos;s lines as CSV (show).</source>
        <translation>Escribir las líneas del plan como CSV (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows a stored plan.</source>
        <translation>Muestra un plan guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists the stored plans.</source>
        <translation>Lista los planes guardados.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1  %2  %3 %4 (%5)  total %6  %7 lines</source>
        <translation>%1  %2  %3 %4 (%5)  total %6  %7 líneas</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Line numbers, comma-separated, or all.</source>
        <translation>Números de línea separados por comas, o all.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sets the review state of plan lines (audited).</source>
        <translation>Establece el estado de revisión de las líneas del plan (auditado).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--lines must be line numbers or all, not &quot;%1&quot;.</source>
        <translation>--lines debe ser números de línea o all, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lines %2.</source>
        <translation>%1 líneas: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|approve|reject [options] (each has --help).</source>
        <translation>Uso: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|approve|reject [opciones] (cada uno tiene --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/RouteCommand.cpp" line="-14"/>
        <source>Usage: stockshift-cli route simulate [options] (see --help).</source>
        <translation>Uso: stockshift-cli route simulate [opciones] (véase --help).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tier configuration (default: default).</source>
        <translation>Configuración de niveles (predeterminada: default).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to sample (default 2000).</source>
        <translation>Pedidos de muestra (predeterminado: 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing policy: %1 or all (default all).</source>
        <translation>Política de enrutamiento: %1 o all (predeterminado: all).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the sampled orders (default 42).</source>
        <translation>Semilla de los pedidos de muestra (predeterminada: 42).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples forecast orders by region and customer tier and replays them through routing policies: promise attainment, cost per order, split shipments and capacity use per tier. Uses the newest stored tier configuration, or the built-in tiers built on the spot.</source>
        <translation>Muestrea pedidos previstos por región y nivel de cliente y los reproduce con las políticas de enrutamiento: cumplimiento de la promesa, coste por pedido, envíos divididos y uso de capacidad por nivel. Usa la configuración de niveles guardada más reciente o, si no, los niveles integrados creados al momento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown policy &quot;%1&quot;: use %2 or all.</source>
        <translation>Política desconocida &quot;%1&quot;: use %2 o all.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 orders (seed %2) against tier configuration %3 %4; each sampled unit stands for %5 forecast units.</source>
        <translation>%1 pedidos (semilla %2) con la configuración de niveles %3 %4; cada unidad muestreada representa %5 unidades previstas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(built-in tiers, not stored)</source>
        <translation>(niveles integrados, no guardados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 %4 %5 %6 %7</source>
        <translation>%1 %2 %3 %4 %5 %6 %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost/order</source>
        <translation>coste/pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>divididos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max load</source>
        <translation>carga máx.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScenarioCommand.cpp" line="-78"/>
        <source>Scenario &quot;%1&quot;%2: %3 edits, %4 sites, %5 lanes, %6 suppliers, %7 policy rules, %8 forecast overrides.</source>
        <translation>Escenario &quot;%1&quot;%2: %3 cambios, %4 centros, %5 rutas, %6 proveedores, %7 reglas de política, %8 ajustes manuales de la previsión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (from &quot;%1&quot;)</source>
        <translation> (a partir de &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Run %1: total cost %2, fill rate %3%, inventory value %4, days of inventory %5, expiring units %6, %7 transfers, %8 purchase orders.</source>
        <translation>  Ejecución %1: coste total %2, tasa de servicio %3%, valor del inventario %4, días de inventario %5, unidades próximas a caducar %6, %7 traspasos, %8 pedidos de compra.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demand × F in a region (or category:/sku:/location: TARGET); repeatable.</source>
        <translation>Demanda × F en una región (o category:/sku:/location: DESTINO); repetible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCOPE:]TARGET=F</source>
        <translation>[ÁMBITO:]DESTINO=F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the lanes FROM → TO; repeatable.</source>
        <translation>Cerrar las rutas ORIGEN → DESTINO; repetible.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM:TO</source>
        <translation>ORIGEN:DESTINO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s lead time + DAYS; repeatable.</source>
        <translation>Plazo de entrega de un proveedor + DÍAS; repetible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUPPLIER=DAYS</source>
        <translation>PROVEEDOR=DÍAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchasing budget × F (e.g. 0.85 for −15%; without a budget: of what the plan would spend).</source>
        <translation>Presupuesto de compras × F (p. ej., 0.85 para −15 %; sin presupuesto: sobre lo que gastaría el plan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new micro-fulfilment site copied from TEMPLATE, with a capacity (−1 unlimited) and a share of the template&apos;s demand (default 0.3); repeatable.</source>
        <translation>Un nuevo centro de microcumplimiento copiado de PLANTILLA, con una capacidad (−1 ilimitada) y una fracción de la demanda de la plantilla (predeterminada: 0.3); repetible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE:TEMPLATE[:CAPACITY[:SHARE]]</source>
        <translation>CÓDIGO:PLANTILLA[:CAPACIDAD[:FRACCIÓN]]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>milp (CBC), greedy, rop or none (default milp).</source>
        <translation>milp (CBC), greedy, rop o none (predeterminado: milp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solver time limit in seconds (default 20).</source>
        <translation>Tiempo límite del optimizador en segundos (predeterminado: 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks to plan (default 4).</source>
        <translation>Semanas que planificar (predeterminado: 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per week (0 = none).</source>
        <translation>Presupuesto de compras por semana (0 = sin límite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation runs (default 10).</source>
        <translation>Ejecuciones de simulación (predeterminado: 10).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--method must be milp, greedy, rop or none, not &quot;%1&quot;.</source>
        <translation>--method debe ser milp, greedy, rop o none, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 must be a number of at least %2.</source>
        <translation>--%1 debe ser un número mayor o igual que %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The scenario&apos;s name (required).</source>
        <translation>El nombre del escenario (obligatorio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is about.</source>
        <translation>De qué trata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone this stored scenario (its settings and edits) instead of the database&apos;s current settings.</source>
        <translation>Clonar este escenario guardado (su configuración y sus cambios) en lugar de la configuración actual de la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write it to a file: .ssc (binary) or .xml.</source>
        <translation>Escribirlo también en un archivo: .ssc (binario) o .xml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only write the file, do not store it in the database.</source>
        <translation>Solo escribir el archivo, sin guardarlo en la base de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshots the planning settings (policies, costs, capacities, lanes, lead times, overrides, solver settings) with what-if edits as a named scenario.</source>
        <translation>Guarda una instantánea de la configuración de planificación (políticas, costes, capacidades, rutas, plazos de entrega, ajustes manuales, configuración del optimizador) con cambios hipotéticos como un escenario con nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario save needs --name.</source>
        <translation>scenario save necesita --name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-store needs --out.</source>
        <translation>--no-store necesita --out.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Written to %1.</source>
        <translation>Escrito en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scenario file (.ssc or .xml).</source>
        <translation>El archivo de escenario (.ssc o .xml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it under this name instead of its own.</source>
        <translation>Guardarlo con este nombre en lugar del suyo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only check and describe the file; store nothing.</source>
        <translation>Solo comprobar y describir el archivo; no guardar nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads a scenario file and stores it in the database. A damaged file, or one from a newer Stockshift, is refused (exit code 2).</source>
        <translation>Lee un archivo de escenario y lo guarda en la base de datos. Un archivo dañado, o de una versión más reciente de Stockshift, se rechaza (código de salida 2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scenario load needs --file.</source>
        <translation>scenario load necesita --file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is intact.</source>
        <translation>El archivo está íntegro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the database.</source>
        <translation>Guardado en la base de datos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the scenarios stored in the database.</source>
        <translation>Lista los escenarios guardados en la base de datos.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No scenarios yet: stockshift-cli scenario save --name NAME creates one.</source>
        <translation>Aún no hay escenarios: stockshift-cli scenario save --name NOMBRE crea uno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill rate</source>
        <translation>Tasa de servicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run</source>
        <translation>ejecutado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored scenario to run.</source>
        <translation>El escenario guardado que ejecutar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the scenario of this file instead (stored in the database with its results).</source>
        <translation>Ejecutar en su lugar el escenario de este archivo (se guarda en la base de datos con sus resultados).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the scenario with its results to a file.</source>
        <translation>Escribir también el escenario con sus resultados en un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the frozen copy of the database it ran on here.</source>
        <translation>Conservar aquí la copia congelada de la base de datos sobre la que se ejecutó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs a scenario on a frozen copy of the database (the live data is never changed): health, a plan within the time limit, and its simulation; stores the results.</source>
        <translation>Ejecuta un escenario sobre una copia congelada de la base de datos (los datos en vivo nunca se modifican): salud, un plan dentro del tiempo límite y su simulación; guarda los resultados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scenario run needs --name or --file.</source>
        <translation>scenario run necesita --name o --file.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Warnings:
%1</source>
        <translation>Advertencias:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A stored scenario (repeat; the first is the reference). Names can also be given as arguments.</source>
        <translation>Un escenario guardado (repetible; el primero es la referencia). Los nombres también pueden darse como argumentos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU rows of the per-SKU diff (default 10; 0 = all).</source>
        <translation>Filas de SKU de la comparación por SKU (predeterminado: 10; 0 = todas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compares run scenarios side by side: total cost, fill rate, inventory value, days of inventory, expiring units, transfers, purchase orders, and a per-SKU diff against the first.</source>
        <translation>Compara en paralelo escenarios ejecutados: coste total, tasa de servicio, valor del inventario, días de inventario, unidades próximas a caducar, traspasos, pedidos de compra y una comparación por SKU frente al primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario compare needs at least two scenario names.</source>
        <translation>scenario compare necesita al menos dos nombres de escenario.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Per SKU (planned transfer + purchase units; largest change first):</source>
        <translation>Por SKU (unidades planificadas de traspaso + compra; primero el mayor cambio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario to delete.</source>
        <translation>El escenario que eliminar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes a stored scenario.</source>
        <translation>Elimina un escenario guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; deleted.</source>
        <translation>Escenario &quot;%1&quot; eliminado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: stockshift-cli scenario save|load|list|run|compare|delete [options] (each has --help).</source>
        <translation>Uso: stockshift-cli scenario save|load|list|run|compare|delete [opciones] (cada uno tiene --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/TiersCommand.cpp" line="-59"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (overflow)</source>
        <translation> (desbordamiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3, promise %4 d, %5; %6</source>
        <translation>%1: %2 %3, promesa %4 d, %5; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflow</source>
        <translation>desbordamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; simulated: %1% on time, %2 per order, %3% split</source>
        <translation>; simulado: %1% a tiempo, %2 por pedido, %3% divididos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: stockshift-cli tiers build|validate|export|import [options] (each has --help).</source>
        <translation>Uso: stockshift-cli tiers build|validate|export|import [opciones] (cada uno tiene --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration name (default: default).</source>
        <translation>Nombre de la configuración (predeterminado: default).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier definitions from this JSON document (default: the newest stored version, or the built-in tiers).</source>
        <translation>Definiciones de niveles de este documento JSON (predeterminado: la versión guardada más reciente o los niveles integrados).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders simulated to check the assignments (default 1000).</source>
        <translation>Pedidos simulados para comprobar las asignaciones (predeterminado: 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the simulated orders (default 42).</source>
        <translation>Semilla de los pedidos simulados (predeterminada: 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the result: .json or .csv.</source>
        <translation>Escribir también el resultado: .json o .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate this JSON document (default: the newest stored version).</source>
        <translation>Validar este documento JSON (predeterminado: la versión guardada más reciente).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file: .json or .csv.</source>
        <translation>Archivo de salida: .json o .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version (default: the newest).</source>
        <translation>Versión (predeterminada: la más reciente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON document to import.</source>
        <translation>El documento JSON que importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Builds the fulfilment tiers on the network (capacity scores, the option per region and tier with fallbacks), checks them in a routing simulation, validates and stores them as a new version.</source>
        <translation>Crea los niveles de cumplimiento sobre la red (puntuaciones de capacidad, la opción por región y nivel con alternativas), los comprueba en una simulación de enrutamiento, los valida y los guarda como una nueva versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validates a tier configuration against the network; exit code 1 on errors.</source>
        <translation>Valida una configuración de niveles frente a la red; código de salida 1 si hay errores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a stored tier configuration as JSON (schema-valid, versioned) or CSV.</source>
        <translation>Escribe una configuración de niveles guardada como JSON (válido según el esquema, versionado) o CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a tier configuration (JSON), validates it and stores it as a new version.</source>
        <translation>Lee una configuración de niveles (JSON), la valida y la guarda como una nueva versión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>tiers export needs --out FILE.json or FILE.csv.</source>
        <translation>tiers export necesita --out ARCHIVO.json o ARCHIVO.csv.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tier configuration %1 version %2 written to %3.</source>
        <translation>Configuración de niveles %1 versión %2 escrita en %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The tier configuration is not valid.</source>
        <translation>La configuración de niveles no es válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier configuration is valid (%1 warnings).</source>
        <translation>La configuración de niveles es válida (%1 advertencias).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tiers import needs --in FILE.json.</source>
        <translation>tiers import necesita --in ARCHIVO.json.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tier configuration was not imported: it has errors.</source>
        <translation>La configuración de niveles no se importó: tiene errores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported from %1</source>
        <translation>importada de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tier configuration %1 version %2 is already stored exactly so; nothing changed.</source>
        <translation>La configuración de niveles %1 versión %2 ya está guardada exactamente igual; no ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Tier configuration %1 stored as version %2.</source>
        <translation>Configuración de niveles %1 guardada como versión %2.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>warning: the assignments could not be simulated: %1</source>
        <translation>advertencia: no se pudieron simular las asignaciones: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>built</source>
        <translation>creada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The tiers have errors and were not stored.</source>
        <translation>Los niveles tienen errores y no se guardaron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier configuration %1 version %2 is unchanged.</source>
        <translation>La configuración de niveles %1 versión %2 no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>Stockshift::CsvWriter</name>
    <message>
        <location filename="../core/common/CsvWriter.cpp" line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Demo</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+882"/>
        <location line="+420"/>
        <source>Writing master data</source>
        <translation>Escribiendo datos maestros</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+37"/>
        <location line="+359"/>
        <location line="+26"/>
        <source>Writing sales history</source>
        <translation>Escribiendo histórico de ventas</translation>
    </message>
    <message>
        <location line="-360"/>
        <location line="+383"/>
        <source>Writing stock, orders and customers</source>
        <translation>Escribiendo stock, pedidos y clientes</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+359"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Demo::DemoGenerator</name>
    <message>
        <location line="-706"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+159"/>
        <location line="+45"/>
        <location line="+351"/>
        <location line="+32"/>
        <location line="+116"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>%1 already holds a network; the demo is only written into an empty database.</source>
        <translation>%1 ya contiene una red; la demostración solo se escribe en una base de datos vacía.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the demo failed (%1): %2</source>
        <translation>Error al escribir la demostración (%1): %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Export</name>
    <message>
        <location filename="../core/export/ExportSettings.cpp" line="+22"/>
        <source>The export settings could not be read or written: %1</source>
        <translation>No se pudo leer o escribir la configuración de exportación: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Setting %1 = &quot;%2&quot;: %3</source>
        <translation>Configuración %1 = &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prefix is 1 to 6 letters or digits.</source>
        <translation>un prefijo tiene de 1 a 6 letras o dígitos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sequence has 3 to 9 digits.</source>
        <translation>la secuencia tiene de 3 a 9 dígitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a currency is a three-letter ISO 4217 code such as EUR.</source>
        <translation>una moneda es un código ISO 4217 de tres letras, como EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an EDI id is 1 to 15 letters, digits, spaces or . _ / -.</source>
        <translation>un id EDI tiene de 1 a 15 letras, dígitos, espacios o . _ / -.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an X12 id qualifier is two letters or digits (ZZ, 01, 12 …).</source>
        <translation>un calificador de id X12 tiene dos letras o dígitos (ZZ, 01, 12 …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an EDIFACT id qualifier is 1 to 4 letters or digits (ZZZ, 14 …).</source>
        <translation>un calificador de id EDIFACT tiene de 1 a 4 letras o dígitos (ZZZ, 14 …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use 1 for test interchanges, 0 for production.</source>
        <translation>use 1 para intercambios de prueba, 0 para producción.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Buying company&apos;s name on every order</source>
        <translation>Nombre de la empresa compradora en cada pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying company&apos;s address (lines separated by &quot;|&quot;)</source>
        <translation>Dirección de la empresa compradora (líneas separadas por &quot;|&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buying company&apos;s VAT id</source>
        <translation>NIF/CIF de la empresa compradora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer (contact) named on purchase orders</source>
        <translation>Comprador (contacto) indicado en los pedidos de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s e-mail address</source>
        <translation>Correo electrónico del comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer&apos;s telephone number</source>
        <translation>Teléfono del comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency of prices (ISO 4217)</source>
        <translation>Moneda de los precios (ISO 4217)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order number prefix</source>
        <translation>Prefijo del número de pedido de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer order number prefix</source>
        <translation>Prefijo del número de orden de traspaso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits of the yearly sequence in order numbers (3-9)</source>
        <translation>Dígitos de la secuencia anual en los números de pedido (3-9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our EDI interchange id (X12 and EDIFACT)</source>
        <translation>Nuestro id de intercambio EDI (X12 y EDIFACT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X12 interchange id qualifier</source>
        <translation>Calificador del id de intercambio X12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDIFACT partner id code qualifier</source>
        <translation>Calificador del código de id de socio EDIFACT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: mark EDI interchanges as test data</source>
        <translation>1: marcar los intercambios EDI como datos de prueba</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown export setting &quot;%1&quot;.</source>
        <translation>Configuración de exportación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/export/OrderDocuments.cpp" line="+171"/>
        <source>The PDF document %1 could not be started.</source>
        <translation>No se pudo iniciar el documento PDF %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>VAT id %1</source>
        <translation>NIF/CIF %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Profile &quot;%1&quot; has no layout for open orders, so a purchase order cannot be written in it.</source>
        <translation>El perfil &quot;%1&quot; no tiene formato para pedidos abiertos, por lo que no se puede escribir un pedido de compra con él.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Profile &quot;%1&quot; fixes %2 to &quot;%3&quot;; purchase order %4 has &quot;%5&quot;.</source>
        <translation>El perfil &quot;%1&quot; fija %2 en &quot;%3&quot;; el pedido de compra %4 tiene &quot;%5&quot;.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Purchase order — revision %1</source>
        <translation>Pedido de compra — revisión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Pedido de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date: %1</source>
        <translation>Fecha de pedido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued: %1</source>
        <translation>Emitido: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier no. %1</source>
        <translation>N.º de proveedor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliver to</source>
        <translation>Entregar en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, region %2</source>
        <translation>%1, región %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested delivery: %1. Prices in %2.</source>
        <translation>Entrega solicitada: %1. Precios en %2.</translation>
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
        <translation>SKU del proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+234"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines: %1, units: %2</source>
        <translation>Líneas: %1, unidades: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please confirm this order quoting its number. Deliveries without the order number cannot be received.</source>
        <translation>Confirme este pedido indicando su número. Las entregas sin número de pedido no se pueden recepcionar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase order %1</source>
        <translation>Pedido de compra %1</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Pick list</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer order %1</source>
        <translation>Orden de traspaso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick at: %1 (%2)</source>
        <translation>Preparar en: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed: %1</source>
        <translation>Impreso: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines: %1, units to pick: %2</source>
        <translation>Líneas: %1, unidades que preparar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picked by: ____________________    Checked by: ____________________</source>
        <translation>Preparado por: ____________________    Comprobado por: ____________________</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick list %1</source>
        <translation>Lista de preparación %1</translation>
    </message>
    <message>
        <location filename="../core/export/OrderExport.cpp" line="+34"/>
        <source>The export could not read or write the database: %1</source>
        <translation>La exportación no pudo leer o escribir la base de datos: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no plan %1.</source>
        <translation>No existe el plan %1.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Simulated failure after %1 files.</source>
        <translation>Fallo simulado tras %1 archivos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No export format was chosen.</source>
        <translation>No se eligió ningún formato de exportación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer orders are written as CSV or PDF, not %1.</source>
        <translation>Las órdenes de traspaso se escriben como CSV o PDF, no %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No output folder was given.</source>
        <translation>No se indicó ninguna carpeta de salida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the output folder %1.</source>
        <translation>No se puede crear la carpeta de salida %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n approved line(s) belong to %1, which was already exported: export again as a revision to add them to it.</source>
        <translation>
            <numerusform>%n línea aprobada pertenece a %1, que ya se exportó: exporte de nuevo como revisión para añadirla.</numerusform>
            <numerusform>%n líneas aprobadas pertenecen a %1, que ya se exportó: exporte de nuevo como revisión para añadirlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 orders of plan %2 were already exported (%3). Export again as a revision to issue them anew.</source>
        <translation>Los pedidos de %1 del plan %2 ya se exportaron (%3). Exporte de nuevo como revisión para emitirlos otra vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>transfer</source>
        <translation>traspaso</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Plan %1 has no approved %2 lines to export.</source>
        <translation>El plan %1 no tiene líneas de %2 aprobadas que exportar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Plan %1 line %2 changed while it was being exported.</source>
        <translation>La línea %2 del plan %1 cambió durante la exportación.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>plan %1, %2 lines (%3 new), %4</source>
        <translation>plan %1, %2 líneas (%3 nuevas), %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 formats</source>
        <translation>%1 formatos</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+56"/>
        <source>There is no order %1.</source>
        <translation>No existe el pedido %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Order %1 is already cancelled.</source>
        <translation>El pedido %1 ya está cancelado.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n line(s) cancelled; %1 ledger corrections; reason: %2</source>
        <translation>
            <numerusform>%n línea cancelada; %1 correcciones en el libro; motivo: %2</numerusform>
            <numerusform>%n líneas canceladas; %1 correcciones en el libro; motivo: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast</name>
    <message>
        <location filename="../core/forecast/AccuracyMonitor.cpp" line="+34"/>
        <source>Computing forecast accuracy failed: %1</source>
        <translation>Error al calcular la precisión de la previsión: %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <location filename="../core/forecast/NetworkForecaster.cpp" line="+185"/>
        <location filename="../core/forecast/NetworkHistory.cpp" line="+109"/>
        <location filename="../core/forecast/SeriesForecaster.cpp" line="+219"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>the network</source>
        <translation>la red</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast accuracy of %1 dropped: WAPE %2% against %3% over the previous %4 runs.</source>
        <translation>La precisión de la previsión de %1 ha bajado: WAPE %2% frente a %3% en las %4 ejecuciones anteriores.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for a level shift, a missed promotion or a data problem in the recent sales; re-run the forecast or override it.</source>
        <translation>Busque un cambio de nivel, una promoción no considerada o un problema de datos en las ventas recientes; vuelva a ejecutar la previsión o ajústela manualmente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is consistently under-forecast: tracking signal %2, bias %3%.</source>
        <translation>%1 se prevé sistemáticamente por defecto: señal de seguimiento %2, sesgo %3%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is consistently over-forecast: tracking signal %2, bias %3%.</source>
        <translation>%1 se prevé sistemáticamente por exceso: señal de seguimiento %2, sesgo %3%.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check for lost sales, a trend the model missed, or an override that is too low.</source>
        <translation>Compruebe si hay ventas perdidas, una tendencia que el modelo no captó o un ajuste manual demasiado bajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for a demand drop, an ended promotion, or an override that is too high.</source>
        <translation>Compruebe si hay una caída de la demanda, una promoción finalizada o un ajuste manual demasiado alto.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Alert %1 is not open.</source>
        <translation>La alerta %1 no está abierta.</translation>
    </message>
    <message>
        <location filename="../core/forecast/BasicMethods.cpp" line="+26"/>
        <source>The series has %1 values; this method needs at least %2.</source>
        <translation>La serie tiene %1 valores; este método necesita al menos %2.</translation>
    </message>
    <message>
        <location filename="../core/forecast/Combination.cpp" line="+87"/>
        <source>No member of %1 could be fitted.</source>
        <translation>No se pudo ajustar ningún miembro de %1.</translation>
    </message>
    <message>
        <location filename="../core/forecast/ForecastStore.cpp" line="+26"/>
        <location filename="../core/forecast/SeriesExplainer.cpp" line="+46"/>
        <source>Reading the forecast failed: %1</source>
        <translation>Error al leer la previsión: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No forecast has been run yet.</source>
        <translation>Todavía no se ha ejecutado ninguna previsión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no forecast run %1.</source>
        <translation>No existe la ejecución de previsión %1.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../core/forecast/HistoryCleaner.cpp" line="+91"/>
        <source>Out of stock %1% of the bucket: %2 sold, %3 estimated demand lost (share × the median %4 of the nearest buckets in stock).</source>
        <translation>Sin stock el %1% del periodo: %2 vendidas, %3 de demanda perdida estimada (fracción × la mediana %4 de los periodos más cercanos con stock).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is %2 robust standard deviations above the local median %3 (Hampel filter, limit %4 σ): cut to %5.</source>
        <translation>%1 está %2 desviaciones típicas robustas por encima de la mediana local %3 (filtro de Hampel, límite %4 σ): recortado a %5.</translation>
    </message>
    <message>
        <location filename="../core/forecast/MethodRegistry.cpp" line="+84"/>
        <source>Unknown forecasting method &quot;%1&quot;; methods are: %2.</source>
        <translation>Método de previsión desconocido &quot;%1&quot;; los métodos son: %2.</translation>
    </message>
    <message>
        <location filename="../core/forecast/NetworkForecaster.cpp" line="-80"/>
        <location filename="../core/forecast/NetworkHistory.cpp" line="+151"/>
        <source>The bucket must be a day or a week.</source>
        <translation>El periodo debe ser un día o una semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The horizon must be between 1 and 730 buckets.</source>
        <translation>El horizonte debe estar entre 1 y 730 periodos.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+18"/>
        <location line="+81"/>
        <location line="+14"/>
        <source>Storing the forecast failed: %1</source>
        <translation>Error al guardar la previsión: %1</translation>
    </message>
    <message>
        <location filename="../core/forecast/NetworkHistory.cpp" line="-223"/>
        <source>Reading the sales history failed: %1</source>
        <translation>Error al leer el histórico de ventas: %1</translation>
    </message>
    <message>
        <location line="+281"/>
        <location line="+5"/>
        <source>The database has no sales history to forecast from.</source>
        <translation>La base de datos no tiene histórico de ventas a partir del cual prever.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sales history is shorter than two buckets.</source>
        <translation>El histórico de ventas es inferior a dos periodos.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No active SKU × location has sales to forecast.</source>
        <translation>Ningún SKU × ubicación activo tiene ventas que prever.</translation>
    </message>
    <message>
        <location filename="../core/forecast/Overrides.cpp" line="+32"/>
        <source>Storing the override failed: %1</source>
        <translation>Error al guardar el ajuste manual: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no override %1.</source>
        <translation>No existe el ajuste manual %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override %1 is already undone.</source>
        <translation>El ajuste manual %1 ya está deshecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override %1 is in force already.</source>
        <translation>El ajuste manual %1 ya está en vigor.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>An override needs a reason.</source>
        <translation>Un ajuste manual necesita un motivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An override&apos;s value cannot be negative.</source>
        <translation>El valor de un ajuste manual no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The override&apos;s start lies after its end.</source>
        <translation>El inicio del ajuste manual es posterior a su fin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown location.</source>
        <translation>Ubicación desconocida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown SKU.</source>
        <translation>SKU desconocido.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the overrides failed: %1</source>
        <translation>Error al leer los ajustes manuales: %1</translation>
    </message>
    <message>
        <location filename="../core/forecast/RegressionMethod.cpp" line="+338"/>
        <source>The series has no values.</source>
        <translation>La serie no tiene valores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The series contains values that are not numbers.</source>
        <translation>La serie contiene valores que no son números.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The regression needs at least %1 buckets of history since the first demand for its %2 features; the series has %3.</source>
        <translation>La regresión necesita al menos %1 periodos de histórico desde la primera demanda para sus %2 variables; la serie tiene %3.</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>elasticity %1: a 10% higher price changes demand by %2</source>
        <translation>elasticidad %1: un precio un 10 % mayor cambia la demanda en %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per standard deviation (%2)</source>
        <translation>%1 por desviación típica (%2)</translation>
    </message>
    <message>
        <location filename="../core/forecast/SeriesExplainer.cpp" line="+3"/>
        <source>Run %1 has no forecast for this SKU at this location.</source>
        <translation>La ejecución %1 no tiene previsión para este SKU en esta ubicación.</translation>
    </message>
    <message>
        <location filename="../core/forecast/SeriesForecaster.cpp" line="-172"/>
        <source>value %1 is missing inside the series</source>
        <translation>falta el valor %1 dentro de la serie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value %1 is not a number: &quot;%2&quot;</source>
        <translation>el valor %1 no es un número: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the series has no values</source>
        <translation>la serie no tiene valores</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A long file needs the columns series_id,t,value.</source>
        <translation>Un archivo long necesita las columnas series_id,t,value.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1: %2 is not a number</source>
        <translation>línea %1: %2 no es un número</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The horizon must be at least 1.</source>
        <translation>El horizonte debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../core/forecast/ThetaMethod.cpp" line="+22"/>
        <source>The series has %1 values; Theta needs at least 3.</source>
        <translation>La serie tiene %1 valores; Theta necesita al menos 3.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::ArimaMethod</name>
    <message>
        <location filename="../core/forecast/ArimaMethod.cpp" line="+818"/>
        <source>ARIMA orders cannot be negative.</source>
        <translation>Los órdenes ARIMA no pueden ser negativos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A seasonal ARIMA model needs a season length above 1.</source>
        <translation>Un modelo ARIMA estacional necesita una longitud de estación mayor que 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>The series is too short for ARIMA%1: it has %2 values.</source>
        <translation>La serie es demasiado corta para ARIMA%1: tiene %2 valores.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>ARIMA%1 has no stationary and invertible CSS estimate.</source>
        <translation>ARIMA%1 no tiene una estimación CSS estacionaria e invertible.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+56"/>
        <source>ARIMA%1 could not be fitted to this series.</source>
        <translation>No se pudo ajustar ARIMA%1 a esta serie.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::AutoArimaMethod</name>
    <message>
        <location line="+122"/>
        <source>The series has %1 values; ARIMA needs at least 3.</source>
        <translation>La serie tiene %1 valores; ARIMA necesita al menos 3.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::AutoMethod</name>
    <message>
        <location filename="../core/forecast/AutoMethod.cpp" line="+104"/>
        <source>The series is empty.</source>
        <translation>La serie está vacía.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The forecast is not a number.</source>
        <translation>La previsión no es un número.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No method could be fitted.</source>
        <translation>No se pudo ajustar ningún método.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::CrostonMethod</name>
    <message>
        <location filename="../core/forecast/BasicMethods.cpp" line="+343"/>
        <source>Croston-type methods need non-negative demand.</source>
        <translation>Los métodos de tipo Croston necesitan una demanda no negativa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series has no demand at all.</source>
        <translation>La serie no tiene ninguna demanda.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::EtsAutoMethod</name>
    <message>
        <location filename="../core/forecast/EtsMethod.cpp" line="+454"/>
        <source>No exponential smoothing model fits this series.</source>
        <translation>Ningún modelo de suavizado exponencial se ajusta a esta serie.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::EtsMethod</name>
    <message>
        <location line="-207"/>
        <source>A seasonal model needs two full seasons of history.</source>
        <translation>Un modelo estacional necesita dos estaciones completas de histórico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplicative models need positive data.</source>
        <translation>Los modelos multiplicativos necesitan datos positivos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seasonal pattern cannot be estimated.</source>
        <translation>No se puede estimar el patrón estacional.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 could not be fitted to this series.</source>
        <translation>No se pudo ajustar %1 a esta serie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The series is too short for %1.</source>
        <translation>La serie es demasiado corta para %1.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Forecast::Override</name>
    <message>
        <location filename="../core/forecast/Overrides.cpp" line="-80"/>
        <source>= %1 per bucket</source>
        <translation>= %1 por periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 to %3 (%4)</source>
        <translation>%1 del %2 al %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Health</name>
    <message>
        <location filename="../core/health/HealthEngine.cpp" line="+62"/>
        <source>Out of stock</source>
        <translation>Sin stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point</source>
        <translation>Bajo punto de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring</source>
        <translation>Próximo a caducar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overstock</source>
        <translation>Exceso de stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Sano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>In-stock rate</source>
        <translation>Tasa de disponibilidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stockout rate</source>
        <translation>Tasa de rotura de stock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overstock share</source>
        <translation>Proporción con exceso de stock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turnover</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast accuracy</source>
        <translation>Precisión de la previsión</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/health/StockAlerts.cpp" line="+29"/>
        <source>Storing the alerts failed: %1</source>
        <translation>Error al guardar las alertas: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The last import was %1 days ago: stock and sales may be out of date.</source>
        <translation>La última importación fue hace %1 días: el stock y las ventas pueden estar desactualizados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of stock; forecast demand %2 a day.</source>
        <translation>%1 está sin stock; demanda prevista: %2 al día.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs out on %2, before an order placed today can arrive (lead time %3 days).</source>
        <translation>%1 se agota el %2, antes de que pueda llegar un pedido realizado hoy (plazo de entrega %3 días).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below its reorder point: position %2, reorder point %3.</source>
        <translation>%1 está bajo su punto de pedido: posición %2, punto de pedido %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 units expire unsold within %3 days (first expiry %4).</source>
        <translation>%1: %2 unidades caducan sin venderse en %3 días (primera caducidad: %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2 units without a sale for %3 days.</source>
        <translation>%1 tiene %2 unidades sin ventas desde hace %3 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>over a year</source>
        <translation>más de un año</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is overstocked: %2 days of cover (threshold %3).</source>
        <translation>%1 tiene exceso de stock: %2 días de cobertura (umbral %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a slow mover: no sale for %2 days, %3 units in stock.</source>
        <translation>%1 es de baja rotación: sin ventas desde hace %2 días, %3 unidades en stock.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the latest stock and sales exports.</source>
        <translation>Importe las últimas exportaciones de stock y ventas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer stock from a location with surplus, or expedite an order%1.</source>
        <translation>Traspase stock desde una ubicación con excedente o acelere un pedido%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (suggested: %1 units)</source>
        <translation> (sugerido: %1 unidades)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 units from %2.</source>
        <translation>Pida %1 unidades a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the order: %1</source>
        <translation>Revise el pedido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell or move the expiring lots first (promotion, transfer to a faster location).</source>
        <translation>Venda o traslade primero los lotes próximos a caducar (promoción, traspaso a una ubicación de más rotación).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop ordering; transfer the surplus to locations short of it.</source>
        <translation>Deje de pedir; traspase el excedente a las ubicaciones con falta de stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the listing; consider a markdown or a transfer.</source>
        <translation>Revise la referencia en el surtido; considere una rebaja o un traspaso.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import</name>
    <message>
        <location filename="../core/import/CsvFormat.cpp" line="+76"/>
        <source>Excel serial number</source>
        <translation>Número de serie de Excel</translation>
    </message>
    <message>
        <location filename="../core/import/CsvImporter.cpp" line="+340"/>
        <source>loading codes</source>
        <translation>cargar los códigos</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <location line="+481"/>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>writing delivery locations</source>
        <translation>escribir las ubicaciones de entrega</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>writing a row</source>
        <translation>escribir una fila</translation>
    </message>
    <message>
        <location filename="../core/import/CsvSniffer.cpp" line="+86"/>
        <source>Encoding UTF-8 (byte-order mark).</source>
        <translation>Codificación UTF-8 (marca de orden de bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-16 little-endian (byte-order mark).</source>
        <translation>Codificación UTF-16 little-endian (marca de orden de bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-16 big-endian (byte-order mark).</source>
        <translation>Codificación UTF-16 big-endian (marca de orden de bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding UTF-8.</source>
        <translation>Codificación UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding Windows-1252 (the file is not valid UTF-8).</source>
        <translation>Codificación Windows-1252 (el archivo no es UTF-8 válido).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Only one column found; delimiter &apos;,&apos; assumed.</source>
        <translation>Solo se encontró una columna; se supone el delimitador &apos;,&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter &apos;%1&apos; (consistent %2 fields in %3 of %4 rows).</source>
        <translation>Delimitador &apos;%1&apos; (%2 campos coherentes en %3 de %4 filas).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No header row found; columns are numbered.</source>
        <translation>No se encontró fila de cabecera; las columnas se numeran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header in row %1; the %2 row(s) above it are skipped.</source>
        <translation>Cabecera en la fila %1; se omiten las %2 filas anteriores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header in row 1.</source>
        <translation>Cabecera en la fila 1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+5"/>
        <source>values such as %1</source>
        <translation>valores como %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&apos;;&apos; delimiter</source>
        <translation>delimitador &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column &apos;%1&apos;: numbers such as %2 can be read with a decimal comma or a decimal point; choose the decimal separator.</source>
        <translation>Columna &apos;%1&apos;: los números como %2 pueden leerse con coma decimal o con punto decimal; elija el separador decimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column &apos;%1&apos;: some numbers use a decimal comma and others a decimal point; choose the decimal separator.</source>
        <translation>Columna &apos;%1&apos;: algunos números usan coma decimal y otros punto decimal; elija el separador decimal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;,&apos; delimiter</source>
        <translation>delimitador &apos;,&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no decimal separators in the sample</source>
        <translation>no hay separadores decimales en la muestra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decimal separator &apos;%1&apos; (%2).</source>
        <translation>Separador decimal &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator &apos;%1&apos;, thousands separator &apos;%2&apos; (%3).</source>
        <translation>Separador decimal &apos;%1&apos;, separador de miles &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Column &apos;%1&apos;: dates such as %2 can be read as day/month or month/day; choose the date format.</source>
        <translation>Columna &apos;%1&apos;: las fechas como %2 pueden leerse como día/mes o mes/día; elija el formato de fecha.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excel serial numbers</source>
        <translation>números de serie de Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates as %1 (column %2).</source>
        <translation>Fechas como %1 (columna %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column &apos;%1&apos; holds dates in another format; its values will be reported.</source>
        <translation>La columna &apos;%1&apos; contiene fechas en otro formato; se notificarán sus valores.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportKind.cpp" line="+137"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Location code</source>
        <translation>Código de ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location line="+184"/>
        <location line="+157"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-456"/>
        <location line="+459"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-445"/>
        <location line="+226"/>
        <location line="+159"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity (units)</source>
        <translation>Capacidad (unidades)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity (m³)</source>
        <translation>Capacidad (m³)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handling cost per unit</source>
        <translation>Coste de manipulación por unidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU code</source>
        <translation>Código de SKU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+221"/>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume (m³)</source>
        <translation>Volumen (m³)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelf life (days)</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fragile</source>
        <translation>Frágil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack size</source>
        <translation>Múltiplo de embalaje</translation>
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
        <translation>Ubicación</translation>
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
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hand</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As-of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stock on hand</source>
        <translation>Stock disponible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+203"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales history</source>
        <translation>Histórico de ventas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From location</source>
        <translation>Ubicación de origen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To location</source>
        <translation>Ubicación de destino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed cost per shipment</source>
        <translation>Coste fijo por envío</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+48"/>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+39"/>
        <location line="+53"/>
        <source>Capacity per week</source>
        <translation>Capacidad por semana</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Lanes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supplier code</source>
        <translation>Código de proveedor</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+47"/>
        <source>Lead time std. dev. (days)</source>
        <translation>Desv. típica del plazo de entrega (días)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cost per order</source>
        <translation>Coste por pedido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivers to</source>
        <translation>Entrega en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+79"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Supplier&apos;s item number</source>
        <translation>Referencia del proveedor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minimum order quantity</source>
        <translation>Cantidad mínima de pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order multiple</source>
        <translation>Múltiplo de pedido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferred</source>
        <translation>Preferente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplier items</source>
        <translation>Artículos de proveedor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order reference</source>
        <translation>Referencia del pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order type</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source location</source>
        <translation>Ubicación de origen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination location</source>
        <translation>Ubicación de destino</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open orders</source>
        <translation>Pedidos abiertos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer code</source>
        <translation>Código de cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CLTV score</source>
        <translation>Puntuación CLTV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider (stock owner)</source>
        <translation>Proveedor (propietario del stock)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer price markup (%)</source>
        <translation>Recargo del precio de transferencia (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profit share (%)</source>
        <translation>Reparto de beneficios (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling fee per unit</source>
        <translation>Tarifa de manipulación por unidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid to</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner agreements</source>
        <translation>Acuerdos con socios</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location (empty = all)</source>
        <translation>Ubicación (vacío = todas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region (empty = all)</source>
        <translation>Región (vacío = todas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SKU (empty = all)</source>
        <translation>SKU (vacío = todos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category (empty = all)</source>
        <translation>Categoría (vacío = todas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected uplift (%)</source>
        <translation>Incremento esperado (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events and promotions</source>
        <translation>Eventos y promociones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Out of stock from</source>
        <translation>Sin stock desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of stock until</source>
        <translation>Sin stock hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stockout periods</source>
        <translation>Periodos de rotura de stock</translation>
    </message>
    <message>
        <location filename="../core/import/MappingProfile.cpp" line="+71"/>
        <source>Unknown encoding &quot;%1&quot; in profile.</source>
        <translation>Codificación desconocida &quot;%1&quot; en el perfil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown delimiter &quot;%1&quot; in profile.</source>
        <translation>Delimitador desconocido &quot;%1&quot; en el perfil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>El separador decimal debe ser &quot;.&quot; o &quot;,&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The thousands and decimal separators must differ.</source>
        <translation>Los separadores de miles y decimal deben ser distintos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown date format &quot;%1&quot; in profile.</source>
        <translation>Formato de fecha desconocido &quot;%1&quot; en el perfil.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="+71"/>
        <source>The CSV format must be resolved before reading.</source>
        <translation>El formato CSV debe resolverse antes de la lectura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>El delimitador no puede ser una comilla ni un salto de línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Read error: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The field that starts on line %1 is longer than %2 bytes; is a closing quote missing?</source>
        <translation>El campo que empieza en la línea %1 supera los %2 bytes; ¿falta una comilla de cierre?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record on line %1 is longer than %2 bytes.</source>
        <translation>El registro de la línea %1 supera los %2 bytes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A quoted field that starts on line %1 is not closed.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 no está cerrado.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::CsvSniffer</name>
    <message>
        <location filename="../core/import/CsvSniffer.cpp" line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an Excel workbook, not a CSV file; save it as CSV (UTF-8) first.</source>
        <translation>%1 es un libro de Excel, no un archivo CSV; guárdelo antes como CSV (UTF-8).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contains zero bytes: it is either not a text file or UTF-16 without a byte-order mark; choose the encoding.</source>
        <translation>%1 contiene bytes nulos: o no es un archivo de texto o es UTF-16 sin marca de orden de bytes; elija la codificación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no records.</source>
        <translation>%1 no contiene registros.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only the rows before this problem were sampled: %1</source>
        <translation>Solo se han muestreado las filas anteriores a este problema: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::ImportResult</name>
    <message>
        <location filename="../core/import/CsvImporter.cpp" line="+263"/>
        <source>Imported %1 into %2: %3 rows accepted, %4 rejected (%5 s).</source>
        <translation>%1 importado en %2: %3 filas aceptadas, %4 rechazadas (%5 s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run of %1 (%2): %3 rows would be accepted, %4 rejected. Nothing was written.</source>
        <translation>Simulación de %1 (%2): se aceptarían %3 filas y se rechazarían %4. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not imported: %2 of %3 rows have problems and all-or-nothing was requested. The database is unchanged.</source>
        <translation>%1 no se importó: %2 de %3 filas tienen problemas y se pidió todo o nada. La base de datos no ha cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import of %1 was cancelled after %2 rows. The database is unchanged.</source>
        <translation>La importación de %1 se canceló tras %2 filas. La base de datos no ha cambiado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace mode: %1 rows not in the file were removed or deactivated.</source>
        <translation>Modo de sustitución: se eliminaron o desactivaron %1 filas que no estaban en el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created: %1.</source>
        <translation>Creados: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>%1 problemas en total; se listan los %2 primeros.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::Importer</name>
    <message>
        <location line="-992"/>
        <source>Database error while %1: %2</source>
        <translation>Error de base de datos al %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: required column(s) %2 not found. The file&apos;s columns are: %3. Map them with a profile or --mapping, or rename the headers.</source>
        <translation>%1: no se encontraron las columnas obligatorias %2. Las columnas del archivo son: %3. Asígnelas con un perfil o --mapping, o cambie el nombre de las cabeceras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mapping reads field %1 from column &quot;%2&quot;, which the file does not have. The file&apos;s columns are: %3.</source>
        <translation>La asignación lee el campo %1 de la columna &quot;%2&quot;, que el archivo no tiene. Las columnas del archivo son: %3.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Set the date format (--date-format dmy|mdy|iso|yyyymmdd|excel).</source>
        <translation>Indique el formato de fecha (--date-format dmy|mdy|iso|yyyymmdd|excel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dates were found in the sample; dates are read as ISO (yyyy-mm-dd).</source>
        <translation>No se encontraron fechas en la muestra; las fechas se leen como ISO (aaaa-mm-dd).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the decimal separator (--decimal . or --decimal ,).</source>
        <translation>Indique el separador decimal (--decimal . o --decimal ,).</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+21"/>
        <source>Cannot record the import: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier %1</source>
        <translation>proveedor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location %1</source>
        <translation>ubicación %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The code could not be created: %1</source>
        <translation>No se pudo crear el código: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+299"/>
        <source>Unknown SKU code &quot;%1&quot;.</source>
        <translation>Código de SKU desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Unknown supplier code &quot;%1&quot;.</source>
        <translation>Código de proveedor desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+290"/>
        <source>Unknown location code &quot;%1&quot;.</source>
        <translation>Código de ubicación desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Se requiere un valor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 está por debajo del mínimo de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 está por encima del máximo de %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; no es un número entero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid date in the format %2.</source>
        <translation>&quot;%1&quot; no es una fecha válida en el formato %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date %1 is implausible (before 1970 or after 2100).</source>
        <translation>La fecha %1 no es plausible (anterior a 1970 o posterior a 2100).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a yes/no value.</source>
        <translation>&quot;%1&quot; no es un valor sí/no.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; no es uno de: %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+188"/>
        <location line="+21"/>
        <source>(row)</source>
        <translation>(fila)</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>The row has %1 fields but the header has %2; is a delimiter inside a value missing its quotes?</source>
        <translation>La fila tiene %1 campos pero la cabecera tiene %2; ¿falta entrecomillar un valor que contiene un delimitador?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From and to are the same location.</source>
        <translation>Origen y destino son la misma ubicación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A purchase order needs a supplier.</source>
        <translation>Un pedido de compra necesita un proveedor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A transfer needs a source location.</source>
        <translation>Un traspaso necesita una ubicación de origen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source and destination are the same location.</source>
        <translation>Origen y destino son la misma ubicación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The due date lies before the order date.</source>
        <translation>La fecha de vencimiento es anterior a la fecha de pedido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider and receiver are the same location.</source>
        <translation>Proveedor y receptor son la misma ubicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither location of the agreement is a partner seller.</source>
        <translation>Ninguna ubicación del acuerdo es un vendedor asociado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>The end date lies before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The key %1 appears earlier in this file; the earlier row was kept.</source>
        <translation>La clave %1 aparece antes en este archivo; se conservó la fila anterior.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The row breaks a rule of the database: %1</source>
        <translation>La fila infringe una regla de la base de datos: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>El controlador de SQLite no expone su manejador.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Injected failure after %1 rows (test hook).</source>
        <translation>Fallo inyectado tras %1 filas (gancho de prueba).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Replacing the old rows failed: %1</source>
        <translation>Error al sustituir las filas antiguas: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The same file was imported before (batch %1 at %2); its rows were updated in place, nothing was duplicated.</source>
        <translation>El mismo archivo ya se importó antes (lote %1 el %2); sus filas se actualizaron en su sitio, no se duplicó nada.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Import::MappingProfile</name>
    <message>
        <location filename="../core/import/MappingProfile.cpp" line="+70"/>
        <source>The profile names an unknown import kind &quot;%1&quot;.</source>
        <translation>El perfil indica un tipo de importación desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile maps an unknown field &quot;%1&quot; for %2; valid fields are: %3.</source>
        <translation>El perfil asigna un campo desconocido &quot;%1&quot; para %2; los campos válidos son: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the mapping profile %1: %2</source>
        <translation>No se puede leer el perfil de asignación %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mapping profile %1 is too large to be a profile.</source>
        <translation>El perfil de asignación %1 es demasiado grande para ser un perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mapping profile %1 is not valid JSON: %2 (at byte %3).</source>
        <translation>El perfil de asignación %1 no es JSON válido: %2 (en el byte %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no built-in profile &quot;%1&quot;; built-in profiles are: %2.</source>
        <translation>No existe el perfil integrado &quot;%1&quot;; los perfiles integrados son: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither a built-in profile (%2) nor a profile file.</source>
        <translation>&quot;%1&quot; no es un perfil integrado (%2) ni un archivo de perfil.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Info</name>
    <message>
        <location filename="../core/info/DatabaseInfo.cpp" line="+33"/>
        <source>Cannot count %1.</source>
        <translation>No se puede contar %1.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Info::DatabaseInfo</name>
    <message>
        <location line="+66"/>
        <source>Database: %1 (%2 MB, schema version %3)</source>
        <translation>Base de datos: %1 (%2 MB, versión de esquema %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales history: %1 to %2, %3 SKU x location series</source>
        <translation>Histórico de ventas: de %1 a %2, %3 series SKU x ubicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales history: none</source>
        <translation>Histórico de ventas: ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No imports yet.</source>
        <translation>Aún no hay importaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last imports:</source>
        <translation>Últimas importaciones:</translation>
    </message>
</context>
<context>
    <name>Stockshift::Inventory</name>
    <message>
        <location filename="../core/inventory/InventorySnapshot.cpp" line="+34"/>
        <source>Reading the inventory failed: %1</source>
        <translation>Error al leer el inventario: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+75"/>
        <source>Reading the sales failed: %1</source>
        <translation>Error al leer las ventas: %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Reading the forecast failed: %1</source>
        <translation>Error al leer la previsión: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ledger</name>
    <message>
        <location filename="../core/ledger/SettlementLedger.cpp" line="+35"/>
        <source>The settlement ledger could not be read or written: %1</source>
        <translation>No se pudo leer o escribir el libro de liquidaciones: %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The settlement ledger does not match its recorded head (%1 entries recorded, %2 found): run `stockshift-cli ledger verify` before adding to it.</source>
        <translation>El libro de liquidaciones no coincide con su cabecera registrada (%1 asientos registrados, %2 encontrados): ejecute `stockshift-cli ledger verify` antes de añadir asientos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A ledger entry names an unknown location or SKU.</source>
        <translation>Un asiento del libro indica una ubicación o un SKU desconocidos.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Entries %1 to %2 are missing: the ledger&apos;s entries are numbered without gaps.</source>
        <translation>Faltan los asientos %1 a %2: los asientos del libro se numeran sin huecos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 does not follow the entry before it: an entry was removed, inserted or changed before it.</source>
        <translation>El asiento %1 no sigue al asiento anterior: se eliminó, insertó o modificó un asiento antes de él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>El asiento %1 se modificó después de escribirse (su contenido no coincide con su hash).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1&apos;s amounts do not follow from its terms.</source>
        <translation>Los importes del asiento %1 no se derivan de sus condiciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ledger&apos;s recorded head says %1 entries ending in %2…, the table has %3 ending in %4…: entries at the end were removed or added outside Stockshift.</source>
        <translation>La cabecera registrada del libro indica %1 asientos terminados en %2…, la tabla tiene %3 terminados en %4…: se eliminaron o añadieron asientos al final fuera de Stockshift.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unknown location &quot;%1&quot;.</source>
        <translation>Ubicación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settlement statement — %1 (%2)</source>
        <translation>Extracto de liquidación — %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger %1: %2 entries in all.</source>
        <translation>Libro %1: %2 asientos en total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED: %1</source>
        <translation>NO VERIFICADO: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>Mercancía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Manipulación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profit share</source>
        <translation>Reparto de beneficios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owed to %1: %2</source>
        <translation>Se le debe a %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed by %1: %2</source>
        <translation>Debe %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net: %1</source>
        <translation>Neto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement statement %1</source>
        <translation>Extracto de liquidación %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Plan</name>
    <message>
        <location filename="../core/plan/PlanStore.cpp" line="+24"/>
        <source>Storing the plan failed: %1</source>
        <translation>Error al guardar el plan: %1</translation>
    </message>
    <message>
        <location line="+278"/>
        <location line="+54"/>
        <location line="+130"/>
        <source>There is no plan %1.</source>
        <translation>No existe el plan %1.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Plan %1 has no line %2.</source>
        <translation>El plan %1 no tiene la línea %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lines become exported or cancelled through the export, not by review.</source>
        <translation>Las líneas pasan a exportadas o canceladas mediante la exportación, no por revisión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Line %1 is %2 and cannot be changed.</source>
        <translation>La línea %1 está %2 y no se puede modificar.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A quantity must be a number of at least 0.</source>
        <translation>Una cantidad debe ser un número mayor o igual que 0.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Plan %1 has exported lines and is kept.</source>
        <translation>El plan %1 tiene líneas exportadas y se conserva.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning</name>
    <message>
        <location filename="../solvers/plan/PlanInput.cpp" line="+33"/>
        <source>Reading the planning data failed: %1</source>
        <translation>Error al leer los datos de planificación: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The horizon must be 1 to 104 buckets.</source>
        <translation>El horizonte debe ser de 1 a 104 periodos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bucket must be a day or a week.</source>
        <translation>El periodo debe ser un día o una semana.</translation>
    </message>
    <message>
        <location filename="../solvers/plan/Planner.cpp" line="+1353"/>
        <source>The greedy rule plans transfers; use rop for purchases.</source>
        <translation>La regla voraz planifica traspasos; use rop para las compras.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reorder-point rule plans purchases; use greedy for transfers.</source>
        <translation>La regla del punto de pedido planifica compras; use greedy para los traspasos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown plan method &quot;%1&quot; (milp, greedy, rop, none).</source>
        <translation>Método de planificación desconocido &quot;%1&quot; (milp, greedy, rop, none).</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning::MilpBuilder</name>
    <message>
        <location line="-908"/>
        <source>the capacity of the lane %1 → %2 (%3 units) in the week of %4</source>
        <translation>la capacidad de la ruta %1 → %2 (%3 unidades) en la semana del %4</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>what supplier %1 can deliver (%2 units) in the week of %3</source>
        <translation>lo que el proveedor %1 puede entregar (%2 unidades) en la semana del %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the purchasing budget (%1) of the week of %2</source>
        <translation>el presupuesto de compras (%1) de la semana del %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the safety stock of %1 at %2 (%3) in the week of %4</source>
        <translation>el stock de seguridad de %1 en %2 (%3) en la semana del %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the room at %1 (%2 units) in the week of %3</source>
        <translation>el espacio en %1 (%2 unidades) en la semana del %3</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>%1 is missed by %2 units</source>
        <translation>a %1 le faltan %2 unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would be exceeded by %2 units</source>
        <translation>%1 se superaría en %2 unidades</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>used to the full: %1</source>
        <translation>usado al máximo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is infeasible: %1.</source>
        <translation>El plan es infactible: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no explanation found</source>
        <translation>no se encontró ninguna explicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan was found (%1).</source>
        <translation>No se encontró ningún plan (%1).</translation>
    </message>
</context>
<context>
    <name>Stockshift::Planning::PlanInput</name>
    <message>
        <location filename="../solvers/plan/PlanInput.cpp" line="+286"/>
        <source>The stored plan input is damaged or from a newer version.</source>
        <translation>La entrada del plan guardada está dañada o es de una versión más reciente.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Policy</name>
    <message>
        <location filename="../core/policy/PolicyConfig.cpp" line="+24"/>
        <source>Storing the policy failed: %1</source>
        <translation>Error al guardar la política: %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>override</source>
        <translation>excepción</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The stored policy of %1 is invalid: %2</source>
        <translation>La política guardada de %1 no es válida: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A stored policy override is invalid: %1</source>
        <translation>Una excepción de política guardada no es válida: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is not a policy scope (default, A, B, C, AX … CZ).</source>
        <translation>&quot;%1&quot; no es un ámbito de política (default, A, B, C, AX … CZ).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A policy override needs a reason.</source>
        <translation>Una excepción de política necesita un motivo.</translation>
    </message>
    <message>
        <location filename="../core/policy/PolicyEngine.cpp" line="+106"/>
        <source>no unit cost is known for %1, so the holding cost is unknown</source>
        <translation>no se conoce el coste unitario de %1, por lo que se desconoce el coste de almacenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no forecast demand</source>
        <translation>no hay demanda prevista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no lead time is known: no supplier delivers %1 to %2 and no lane leads there; set a lead time in the policy</source>
        <translation>no se conoce el plazo de entrega: ningún proveedor entrega %1 en %2 y ninguna ruta llega allí; indique un plazo de entrega en la política</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is neither a forecast nor sales history for %1 at %2</source>
        <translation>no hay previsión ni histórico de ventas de %1 en %2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no order: the minimum order of %1 is more than the %2 units that sell before they expire</source>
        <translation>sin pedido: el pedido mínimo de %1 supera las %2 unidades que se venden antes de caducar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no order: less than one order multiple (%1) sells before it expires (%2 units)</source>
        <translation>sin pedido: se vende menos de un múltiplo de pedido (%1) antes de caducar (%2 unidades)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cut from %1 to %2 by the shelf life of %3 days</source>
        <translation>reducido de %1 a %2 por la vida útil de %3 días</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>forecast run %1</source>
        <translation>ejecución de previsión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 91 days of sales (no forecast)</source>
        <translation>últimos 91 días de ventas (sin previsión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demand of the %1 locations it feeds</source>
        <translation>la demanda de las %1 ubicaciones que abastece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand per day</source>
        <translation>Demanda diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d = %1, σd = %2</source>
        <translation>d = %1, σd = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot compute</source>
        <translation>No calculable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy (%1)</source>
        <translation>política (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane from %1</source>
        <translation>ruta desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier %1</source>
        <translation>proveedor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection interval</source>
        <translation>Intervalo de protección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P = L + R = %1 + %2 = %3 days</source>
        <translation>P = L + R = %1 + %2 = %3 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead time %1 d ± %2 d (%3), review every %4 d (%5), policy %6 (%7)</source>
        <translation>plazo de entrega %1 d ± %2 d (%3), revisión cada %4 d (%5), política %6 (%7)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6</source>
        <translation>SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle service level %1 (%2), z = Φ⁻¹(%1)</source>
        <translation>nivel de servicio por ciclo %1 (%2), z = Φ⁻¹(%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = k·σP = %1 · %2 = %3, with σP·G(k) = (1 − β)·Q</source>
        <translation>SS = k·σP = %1 · %2 = %3, con σP·G(k) = (1 − β)·Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill rate %1 (%2), normal loss function G</source>
        <translation>tasa de servicio %1 (%2), función de pérdida normal G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = z·σP = %1 · %2 = %3 (no backtest error: from the forecast interval)</source>
        <translation>SS = z·σP = %1 · %2 = %3 (sin error de backtest: a partir del intervalo de previsión)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5</source>
        <translation>SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service level %1 (%2), backtest error of the forecast</source>
        <translation>nivel de servicio %1 (%2), error de backtest de la previsión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SS = c·d = %1 · %2 = %3</source>
        <translation>SS = c·d = %1 · %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days of cover (%2)</source>
        <translation>%1 días de cobertura (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder point</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s = D(P) + SS = %1 + %2 = %3</source>
        <translation>s = D(P) + SS = %1 + %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast demand over the next %1 days</source>
        <translation>demanda prevista en los próximos %1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order-up-to level</source>
        <translation>Nivel máximo</translation>
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
        <translation>limitado a %1 días de demanda</translation>
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
        <translation>no calculable porque %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holding %1 a year of the unit cost %2 (%3)</source>
        <translation>almacenamiento del %1 anual del coste unitario %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inventory position</source>
        <translation>Posición de inventario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP = available + on order − expiring unsold = %1</source>
        <translation>IP = disponible + en pedido − caducará sin venderse = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units expire before they can be sold and do not count</source>
        <translation>%1 unidades caducan antes de poder venderse y no se cuentan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MOQ %1, multiple %2</source>
        <translation>MOQ %1, múltiplo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shelf life %1 d allows %2</source>
        <translation>, una vida útil de %1 d permite %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested order</source>
        <translation>Pedido sugerido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needed, %2 after rounding</source>
        <translation>%1 necesarias, %2 tras redondear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order: the position %1 is above the reorder point</source>
        <translation>sin pedido: la posición %1 está por encima del punto de pedido</translation>
    </message>
</context>
<context>
    <name>Stockshift::Policy::PolicyParameters</name>
    <message>
        <location filename="../core/policy/PolicyConfig.cpp" line="-239"/>
        <source>kind must be rop, order-up-to or min-max</source>
        <translation>kind debe ser rop, order-up-to o min-max</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>safetyStock must be service, fill-rate, forecast-error or days-of-cover</source>
        <translation>safetyStock debe ser service, fill-rate, forecast-error o days-of-cover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shelfLifeCap must be true or false</source>
        <translation>shelfLifeCap debe ser true o false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>configuración desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Invalid policy: %1.</source>
        <translation>Política no válida: %1.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 debe estar entre %2 y %3</translation>
    </message>
</context>
<context>
    <name>Stockshift::Routing</name>
    <message>
        <location filename="../core/routing/FulfilmentNetwork.cpp" line="+26"/>
        <source>The fulfilment network could not be read: %1</source>
        <translation>No se pudo leer la red de cumplimiento: %1</translation>
    </message>
    <message>
        <location line="+251"/>
        <location filename="../core/routing/RoutingSimulator.cpp" line="+416"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/routing/RoutingSimulator.cpp" line="-341"/>
        <source>Nearest with stock</source>
        <translation>Más cercana con stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest cost to fulfil</source>
        <translation>Menor coste de cumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced load</source>
        <translation>Carga equilibrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best performance</source>
        <translation>Mejor rendimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted hybrid</source>
        <translation>Híbrido ponderado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier assignments</source>
        <translation>Asignaciones de niveles</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>There is no forecast demand in any customer region to sample orders from: run a forecast (or import sales) first.</source>
        <translation>No hay demanda prevista en ninguna región de clientes de la que muestrear pedidos: ejecute antes una previsión (o importe ventas).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios</name>
    <message>
        <location filename="../core/scenario/Scenario.cpp" line="+52"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand ×%1 in %2 %3</source>
        <translation>Demanda ×%1 en %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lane %1 → %2 closed</source>
        <translation>Ruta %1 → %2 cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier %1: lead time %2 days</source>
        <translation>Proveedor %1: plazo de entrega %2 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget %1%</source>
        <translation>Presupuesto %1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New micro-fulfilment site %1 (like %2, capacity %3, %4% of its demand)</source>
        <translation>Nuevo centro de microcumplimiento %1 (como %2, capacidad %3, %4% de su demanda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>ilimitada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown edit</source>
        <translation>Cambio desconocido</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioCompare.cpp" line="+52"/>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Tasa de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory value</source>
        <translation>Valor del inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of inventory</source>
        <translation>Días de inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring units</source>
        <translation>Unidades próximas a caducar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase value</source>
        <translation>Valor de compras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost units</source>
        <translation>Unidades perdidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health score</source>
        <translation>Puntuación de salud</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Comparing needs at least two scenarios.</source>
        <translation>La comparación necesita al menos dos escenarios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario %1 has not been run yet; run it before comparing.</source>
        <translation>El escenario %1 aún no se ha ejecutado; ejecútelo antes de comparar.</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioFile.cpp" line="+553"/>
        <source>The scenario is too large to be saved (%1 MB; at most %2 MB).</source>
        <translation>El escenario es demasiado grande para guardarse (%1 MB; como máximo %2 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scenario could not be encoded: %1</source>
        <translation>No se pudo codificar el escenario: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scenario file is damaged or not a scenario file: %1</source>
        <translation>El archivo de escenario está dañado o no es un archivo de escenario: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+124"/>
        <source>The scenario file is too large (%1 MB; at most %2 MB).</source>
        <translation>El archivo de escenario es demasiado grande (%1 MB; como máximo %2 MB).</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>the header is cut short.</source>
        <translation>la cabecera está truncada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>unknown format version %1.</source>
        <translation>versión de formato desconocida %1.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>unknown encoding %1.</source>
        <translation>codificación desconocida %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scenario file was written on a computer with a different byte order; save it as XML there to open it here.</source>
        <translation>El archivo de escenario se escribió en un equipo con otro orden de bytes; guárdelo allí como XML para abrirlo aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is %1 bytes long where its header says %2.</source>
        <translation>tiene %1 bytes de longitud y su cabecera indica %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the scenario element is missing or damaged.</source>
        <translation>falta el elemento de escenario o está dañado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its length does not match the length it states.</source>
        <translation>su longitud no coincide con la longitud que declara.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start like one.</source>
        <translation>no empieza como un archivo de escenario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This scenario file was written by a newer Stockshift (format version %1; this version reads format versions %2 to %3). Update Stockshift to open it.</source>
        <translation>Este archivo de escenario lo escribió una versión más reciente de Stockshift (versión de formato %1; esta versión lee las versiones de formato %2 a %3). Actualice Stockshift para abrirlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The scenario file is damaged: its checksum does not match its content.</source>
        <translation>El archivo de escenario está dañado: su suma de comprobación no coincide con su contenido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>its XML is nested too deeply.</source>
        <translation>su XML está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown XML element &lt;%1&gt;.</source>
        <translation>elemento XML desconocido &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown XML attribute %1.</source>
        <translation>atributo XML desconocido %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected XML content (%1).</source>
        <translation>contenido XML inesperado (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its XML is not well-formed: %1</source>
        <translation>su XML no está bien formado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scenario file is too large.</source>
        <translation>El archivo de escenario es demasiado grande.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>its content is of format version %1, its header says %2.</source>
        <translation>su contenido tiene la versión de formato %1 y su cabecera indica %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scenario element is not closed.</source>
        <translation>el elemento de escenario no está cerrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes follow the scenario.</source>
        <translation>hay %1 bytes después del escenario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unreadable content.</source>
        <translation>contenido ilegible.</translation>
    </message>
    <message>
        <location filename="../core/scenario/ScenarioStore.cpp" line="+26"/>
        <source>The scenarios could not be read or written: %1</source>
        <translation>No se pudieron leer o escribir los escenarios: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+116"/>
        <source>A scenario needs a name.</source>
        <translation>Un escenario necesita un nombre.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+93"/>
        <source>There is no scenario %1.</source>
        <translation>No existe el escenario %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>There is a scenario named &quot;%1&quot; already.</source>
        <translation>Ya existe un escenario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>was %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No free name for &quot;%1&quot;.</source>
        <translation>No hay ningún nombre libre para &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/scenario/WhatIf.cpp" line="+29"/>
        <source>The scenario could not read or write the database: %1</source>
        <translation>El escenario no pudo leer o escribir la base de datos: %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database could not be copied for the scenario: %1</source>
        <translation>No se pudo copiar la base de datos para el escenario: %1</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>A scenario is never applied to the live database; run it on a copy.</source>
        <translation>Un escenario nunca se aplica a la base de datos en vivo; ejecútelo sobre una copia.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; no es un número.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demand factor: expected [region|category|sku|location:]TARGET=FACTOR, not &quot;%1&quot;.</source>
        <translation>Factor de demanda: se esperaba [region|category|sku|location:]DESTINO=FACTOR, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demand factor</source>
        <translation>Factor de demanda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closed lane: expected FROM:TO, not &quot;%1&quot;.</source>
        <translation>Ruta cerrada: se esperaba ORIGEN:DESTINO, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead time: expected SUPPLIER=DAYS, not &quot;%1&quot;.</source>
        <translation>Plazo de entrega: se esperaba PROVEEDOR=DÍAS, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget factor</source>
        <translation>Factor de presupuesto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New site: expected CODE:TEMPLATE[:CAPACITY[:SHARE]], not &quot;%1&quot;.</source>
        <translation>Nuevo centro: se esperaba CÓDIGO:PLANTILLA[:CAPACIDAD[:FRACCIÓN]], no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New site capacity</source>
        <translation>Capacidad del nuevo centro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New site demand share</source>
        <translation>Fracción de demanda del nuevo centro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A demand factor needs a region, category, SKU or location.</source>
        <translation>Un factor de demanda necesita una región, categoría, SKU o ubicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown demand scope &quot;%1&quot;.</source>
        <translation>Ámbito de demanda desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A demand factor must be between 0 and 100.</source>
        <translation>Un factor de demanda debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed lane needs two different locations.</source>
        <translation>Una ruta cerrada necesita dos ubicaciones distintas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lead-time change needs a supplier.</source>
        <translation>Un cambio de plazo de entrega necesita un proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lead-time change must be within ±3650 days.</source>
        <translation>Un cambio de plazo de entrega debe estar dentro de ±3650 días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A budget factor must be above 0 and at most 100.</source>
        <translation>Un factor de presupuesto debe ser mayor que 0 y como máximo 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new site needs its own code and a template site.</source>
        <translation>Un nuevo centro necesita su propio código y un centro plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new site&apos;s share of demand must be between 0 and 1.</source>
        <translation>La fracción de demanda del nuevo centro debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new site&apos;s capacity must be positive (or −1 for unlimited).</source>
        <translation>La capacidad del nuevo centro debe ser positiva (o −1 para ilimitada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown edit.</source>
        <translation>Cambio desconocido.</translation>
    </message>
    <message>
        <location filename="../solvers/scenario/ScenarioRunner.cpp" line="+31"/>
        <source>The scenario run was cancelled.</source>
        <translation>Se canceló la ejecución del escenario.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown plan kind &quot;%1&quot; in the scenario.</source>
        <translation>Tipo de plan desconocido &quot;%1&quot; en el escenario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario&apos;s horizon or bucket size is out of range.</source>
        <translation>El horizonte o el tamaño de periodo del escenario está fuera de rango.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the database</source>
        <translation>Copiando la base de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No temporary folder for the scenario&apos;s copy: %1</source>
        <translation>No hay carpeta temporal para la copia del escenario: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Applying the scenario</source>
        <translation>Aplicando el escenario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock health</source>
        <translation>Salud del stock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the plan input</source>
        <translation>Leyendo la entrada del plan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planning (%1 s)</source>
        <translation>Planificando (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planning without a budget</source>
        <translation>Planificando sin presupuesto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planning</source>
        <translation>Planificando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulating the plan</source>
        <translation>Simulando el plan</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios::Applier</name>
    <message>
        <location filename="../core/scenario/WhatIf.cpp" line="-495"/>
        <source>Policy override %1 × %2: unknown location or SKU, skipped.</source>
        <translation>Excepción de política %1 × %2: ubicación o SKU desconocidos, se omite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKU %1 is not in the database, its costs were skipped.</source>
        <translation>El SKU %1 no está en la base de datos; se omitieron sus costes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location %1 is not in the database, skipped.</source>
        <translation>La ubicación %1 no está en la base de datos; se omite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lane %1 → %2 (%3) is not in the database, skipped.</source>
        <translation>La ruta %1 → %2 (%3) no está en la base de datos; se omite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier %1 is not in the database, skipped.</source>
        <translation>El proveedor %1 no está en la base de datos; se omite.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forecast override %1 × %2: unknown location or SKU, skipped.</source>
        <translation>Ajuste manual de la previsión %1 × %2: ubicación o SKU desconocidos, se omite.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: no demand matches.</source>
        <translation>%1: ninguna demanda coincide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: there is no such lane.</source>
        <translation>%1: no existe esa ruta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no such supplier.</source>
        <translation>%1: no existe ese proveedor.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: the template site %2 is not in the database.</source>
        <translation>%1: el centro plantilla %2 no está en la base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a location %2 exists already.</source>
        <translation>%1: ya existe una ubicación %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New site %1 (what-if)</source>
        <translation>Nuevo centro %1 (hipotético)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Scenarios::Testing</name>
    <message>
        <location filename="../core/scenario/ScenarioFile.cpp" line="+14"/>
        <source>Format version %1 cannot be written.</source>
        <translation>No se puede escribir la versión de formato %1.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Solvers</name>
    <message>
        <location filename="../solvers/mip/MipSolver.cpp" line="+147"/>
        <source>The model has %1 non-zeros, more than CBC can load.</source>
        <translation>El modelo tiene %1 no nulos, más de los que CBC puede cargar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 refers to column %2; the model has %3 columns.</source>
        <translation>La fila %1 hace referencia a la columna %2; el modelo tiene %3 columnas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 has a coefficient that is not a finite number.</source>
        <translation>La fila %1 tiene un coeficiente que no es un número finito.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Column %1 has a bound or cost that is not a number.</source>
        <translation>La columna %1 tiene una cota o un coste que no es un número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 has a bound that is not a number.</source>
        <translation>La fila %1 tiene una cota que no es un número.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Clp stopped with status %1: %2</source>
        <translation>Clp se detuvo con el estado %1: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The MIP start was not taken with preprocessing on; it was used with preprocessing off.</source>
        <translation>La solución inicial MIP no se aceptó con el preprocesamiento activado; se usó con el preprocesamiento desactivado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MIP start was used.</source>
        <translation>Se usó la solución inicial MIP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MIP start was rejected with preprocessing on and off.</source>
        <translation>La solución inicial MIP se rechazó con el preprocesamiento activado y desactivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MIP start was rejected.</source>
        <translation>Se rechazó la solución inicial MIP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its largest violation is %1.</source>
        <translation>Su mayor violación es %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column %1 has no finite value</source>
        <translation>la columna %1 no tiene un valor finito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integer column %1 is %2</source>
        <translation>la columna entera %1 vale %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 is %2, outside [%3, %4]</source>
        <translation>la columna %1 vale %2, fuera de [%3, %4]</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>CBC stopped with status %1/%2: %3</source>
        <translation>CBC se detuvo con el estado %1/%2: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The MIP start was rejected: %1.</source>
        <translation>Se rechazó la solución inicial MIP: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The MIP start has %1 values; the model has %2 columns.</source>
        <translation>La solución inicial MIP tiene %1 valores; el modelo tiene %2 columnas.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The model refers to column %1; it has %2 columns.</source>
        <translation>El modelo hace referencia a la columna %1; tiene %2 columnas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+134"/>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+56"/>
        <location line="+5"/>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../solvers/mip/MipBlocks.cpp" line="+138"/>
        <source>The LP relaxation (%1 rows, %2 columns) did not finish in %3 s</source>
        <translation>La relajación LP (%1 filas, %2 columnas) no terminó en %3 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+271"/>
        <source>; the start is kept</source>
        <translation>; se conserva el plan inicial</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>LP relaxation %1 (%2 s)</source>
        <translation>relajación LP %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>, no rounding in time</source>
        <translation>, sin redondeo a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, rounded %1</source>
        <translation>, redondeado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no time left for CBC&apos;s search</source>
        <translation>; sin tiempo para la búsqueda de CBC</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>, rounded %1; CBC gave nothing better%2</source>
        <translation>, redondeado %1; CBC no encontró nada mejor%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rounded %1, CBC %2</source>
        <translation>, redondeado %1, CBC %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Solvers::Detail</name>
    <message>
        <location filename="../solvers/mip/MipSolver.cpp" line="-184"/>
        <source>CBC failed: %1 (%2::%3)</source>
        <translation>Error de CBC: %1 (%2::%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solver failed: %1</source>
        <translation>Error del optimizador: %1</translation>
    </message>
    <message>
        <location filename="../solvers/mip/MipSolverIsolated.cpp" line="+313"/>
        <source>The solver did not stop in time and was ended; no solution is kept.</source>
        <translation>El optimizador no se detuvo a tiempo y se finalizó; no se conserva ninguna solución.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model could not be written</source>
        <translation>no se pudo escribir el modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model was written to %1</source>
        <translation>el modelo se escribió en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver crashed (signal %1); %2</source>
        <translation>El optimizador se bloqueó (señal %1); %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver process ended without a result (exit code %1); %2</source>
        <translation>El proceso del optimizador terminó sin resultado (código de salida %1); %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage</name>
    <message>
        <location filename="../core/storage/UndoJournal.cpp" line="+27"/>
        <source>The edit history could not be stored: %1</source>
        <translation>No se pudo guardar el historial de ediciones: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The edit history could not be stored: %1 of %2 edits in force.</source>
        <translation>No se pudo guardar el historial de ediciones: %1 de %2 ediciones vigentes.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The stored edit history has a gap at position %1.</source>
        <translation>El historial de ediciones guardado tiene un hueco en la posición %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored edit history says %1 of its %2 edits are in force.</source>
        <translation>El historial de ediciones guardado indica %1 de sus %2 ediciones vigentes.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::Connection</name>
    <message>
        <location filename="../core/storage/Connection.cpp" line="+36"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Stockshift database (%2).</source>
        <translation>%1 no es una base de datos de Stockshift (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was written by a newer version of Stockshift (schema version %2; this version reads up to %3). Update Stockshift to open it.</source>
        <translation>%1 lo escribió una versión más reciente de Stockshift (versión de esquema %2; esta versión lee hasta la %3). Actualice Stockshift para abrirlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has schema version %2 and must be upgraded to %3; open it read-write once.</source>
        <translation>%1 tiene la versión de esquema %2 y debe actualizarse a la %3; ábralo una vez en modo de lectura y escritura.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation>Error al actualizar %1 a la versión de esquema %2: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>SQL failed (%1): %2</source>
        <translation>Error de SQL (%1): %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::DataEdits</name>
    <message>
        <location filename="../core/storage/DataEdits.cpp" line="+45"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shelf life days</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack size</source>
        <translation>Tamaño de envase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity units</source>
        <translation>Capacidad (unidades)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling cost</source>
        <translation>Coste de manipulación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Lead time days</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity per period</source>
        <translation>Capacidad por periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moq</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order multiple</source>
        <translation>Múltiplo de pedido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be text.</source>
        <translation>%1 debe ser un texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number ≥ 0, or empty.</source>
        <translation>%1 debe ser un número ≥ 0, o estar vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number ≥ 0.</source>
        <translation>%1 debe ser un número ≥ 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number &gt; 0.</source>
        <translation>%1 debe ser un número &gt; 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a whole number ≥ 0.</source>
        <translation>%1 debe ser un número entero ≥ 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 debe ser 0 o 1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Storing the edit failed: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The settlement ledger is append-only and cannot be edited.</source>
        <translation>El libro de liquidaciones solo admite asientos nuevos y no se puede editar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column %1 of %2 cannot be edited.</source>
        <translation>La columna %1 de %2 no se puede editar.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+18"/>
        <source>The row was not found; it may have been deleted.</source>
        <translation>No se encontró la fila; puede que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Storage::Transaction</name>
    <message>
        <location filename="../core/storage/Connection.cpp" line="+22"/>
        <source>No transaction is active.</source>
        <translation>No hay ninguna transacción activa.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers</name>
    <message>
        <location filename="../core/tiers/TierConfig.cpp" line="+69"/>
        <source>Fastest</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost-optimised</source>
        <translation>Coste optimizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economy</source>
        <translation>Económico</translation>
    </message>
    <message>
        <location filename="../core/tiers/TierEngine.cpp" line="+205"/>
        <source>No tiers are defined.</source>
        <translation>No hay niveles definidos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tier %1 has no name.</source>
        <translation>El nivel %1 no tiene nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier key &quot;%1&quot; must be 1 to 40 lower-case letters, digits or &apos;-&apos;.</source>
        <translation>La clave de nivel &quot;%1&quot; debe tener de 1 a 40 letras minúsculas, dígitos o &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier key &quot;%1&quot; is used by more than one tier.</source>
        <translation>La clave de nivel &quot;%1&quot; la usa más de un nivel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the promise must be more than 0 days, not %2.</source>
        <translation>%1: la promesa debe ser de más de 0 días, no %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the capacity reserve must be from 0 to 100%, not %2%.</source>
        <translation>%1: la reserva de capacidad debe estar entre 0 y 100 %, no %2%.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only one Dynamic Overflow tier may be defined: %1 and %2 both are.</source>
        <translation>Solo puede definirse un nivel de desbordamiento dinámico: %1 y %2 lo son.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a percentile threshold must be from 0 to 100, not %2.</source>
        <translation>%1: un umbral de percentil debe estar entre 0 y 100, no %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a CLTV threshold must not be negative, not %2.</source>
        <translation>%1: un umbral de CLTV no puede ser negativo, no %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capacity reserves add up to %1%: they must leave capacity for the other tiers (less than 100%).</source>
        <translation>Las reservas de capacidad suman %1%: deben dejar capacidad para los demás niveles (menos del 100 %).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the Dynamic Overflow tier is defined: customers need at least one tier.</source>
        <translation>Solo está definido el nivel de desbordamiento dinámico: los clientes necesitan al menos un nivel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thresholds must fall from tier to tier: %1 (%2) must be above %3 (%4).</source>
        <translation>Los umbrales deben descender de nivel en nivel: %1 (%2) debe estar por encima de %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 promises %2 days, slower than %3 below it (%4 days).</source>
        <translation>%1 promete %2 días, más lento que %3, por debajo de él (%4 días).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the lowest tier and must start at 0, not %2: customers below it would have no tier.</source>
        <translation>%1 es el nivel más bajo y debe empezar en 0, no en %2: los clientes por debajo no tendrían nivel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer regions are known: tiers cannot be assigned to regions.</source>
        <translation>No se conoce ninguna región de clientes: no se pueden asignar niveles a regiones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region %1 is not served by %2: no location with a path there stocks at least %3% of its demand.</source>
        <translation>La región %1 no la atiende %2: ninguna ubicación con un camino hasta allí almacena al menos el %3% de su demanda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region %1, %2: every location that could serve it is at capacity and no Dynamic Overflow tier is defined.</source>
        <translation>Región %1, %2: todas las ubicaciones que podrían atenderla están a plena capacidad y no hay ningún nivel de desbordamiento dinámico definido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region %1, %2: its locations are at capacity; orders overflow to %3 (%4 days, incentive %5 per order).</source>
        <translation>Región %1, %2: sus ubicaciones están a plena capacidad; los pedidos se desbordan a %3 (%4 días, incentivo de %5 por pedido).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 promises %2 days in region %3, but its best option (%4, %5) takes %6 days with the lanes&apos; lead times.</source>
        <translation>%1 promete %2 días en la región %3, pero su mejor opción (%4, %5) tarda %6 días con los plazos de las rutas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 met its promise for %2% of the simulated orders; at least %3% are wanted.</source>
        <translation>%1 cumplió su promesa en el %2% de los pedidos simulados; se requiere al menos el %3%.</translation>
    </message>
    <message>
        <location filename="../core/tiers/TierStore.cpp" line="+26"/>
        <source>The tier configurations could not be read or written: %1</source>
        <translation>No se pudieron leer o escribir las configuraciones de niveles: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No tier configuration &quot;%1&quot; is stored: build one first (stockshift-cli tiers build).</source>
        <translation>No hay guardada ninguna configuración de niveles &quot;%1&quot;: cree una antes (stockshift-cli tiers build).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier configuration &quot;%1&quot; has no version %2.</source>
        <translation>La configuración de niveles &quot;%1&quot; no tiene la versión %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers::JsonSchema::Validator</name>
    <message>
        <location filename="../core/tiers/JsonSchema.cpp" line="+68"/>
        <source>references nest deeper than 64 levels</source>
        <translation>las referencias se anidan a más de 64 niveles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown reference %1</source>
        <translation>referencia desconocida %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is %1, not %2</source>
        <translation>es %1, no %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of %1, not %2</source>
        <translation>debe ser uno de %1, no %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lacks the required member &quot;%1&quot;</source>
        <translation>carece del miembro obligatorio &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has the unknown member &quot;%1&quot;</source>
        <translation>tiene el miembro desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>has %1 items, fewer than %2</source>
        <translation>tiene %1 elementos, menos de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has %1 items, more than %2</source>
        <translation>tiene %1 elementos, más de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is below the minimum %1</source>
        <translation>está por debajo del mínimo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is above the maximum %1</source>
        <translation>está por encima del máximo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be above %1</source>
        <translation>debe ser mayor que %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be below %1</source>
        <translation>debe ser menor que %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is shorter than %1 characters</source>
        <translation>tiene menos de %1 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid pattern %1</source>
        <translation>patrón no válido %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 no coincide con el patrón %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported keyword &quot;%1&quot;</source>
        <translation>palabra clave no admitida &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Stockshift::Tiers::TierConfig</name>
    <message>
        <location filename="../core/tiers/TierConfig.cpp" line="+26"/>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dynamic Overflow</source>
        <translation>Desbordamiento dinámico</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The tier configuration is larger than 64 MB; it is not read.</source>
        <translation>La configuración de niveles supera los 64 MB; no se lee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration is not valid JSON: %1 at character %2.</source>
        <translation>La configuración de niveles no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration must be a JSON object.</source>
        <translation>La configuración de niveles debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier configuration has format version %1; this Stockshift reads version %2 and older.</source>
        <translation>La configuración de niveles tiene la versión de formato %1; este Stockshift lee la versión %2 y anteriores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tier configuration schema is missing from this build.</source>
        <translation>Falta en esta compilación el esquema de configuración de niveles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (and %1 more)</source>
        <translation> (y %1 más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier configuration does not match its schema: %1.</source>
        <translation>La configuración de niveles no se ajusta a su esquema: %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The tier configuration defines the tier &quot;%1&quot; twice.</source>
        <translation>La configuración de niveles define el nivel &quot;%1&quot; dos veces.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An assignment of region %1 names the unknown tier &quot;%2&quot;.</source>
        <translation>Una asignación de la región %1 indica el nivel desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region %1 is assigned to tier &quot;%2&quot; twice.</source>
        <translation>La región %1 está asignada dos veces al nivel &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The check names the unknown tier &quot;%1&quot;.</source>
        <translation>La comprobación indica el nivel desconocido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AccuracyTableModel</name>
    <message>
        <location filename="../ui/forecast/AccuracyModels.cpp" line="+67"/>
        <source>The planner&apos;s overrides improved WAPE from %1% to %2%.</source>
        <translation>Los ajustes manuales del planificador mejoraron el WAPE del %1% al %2%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planner&apos;s overrides worsened WAPE from %1% to %2%.</source>
        <translation>Los ajustes manuales del planificador empeoraron el WAPE del %1% al %2%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
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
        <translation>Sesgo %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat. WAPE %</source>
        <translation>WAPE estad. %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU × location, SKU, location, category or the network</source>
        <translation>SKU × ubicación, SKU, ubicación, categoría o la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series × periods with actuals (out-of-stock periods are left out)</source>
        <translation>Series × periodos con datos reales (se excluyen los periodos sin stock)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold in the evaluated periods</source>
        <translation>Unidades vendidas en los periodos evaluados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final forecast (overrides applied) for those periods</source>
        <translation>Previsión final (con ajustes manuales) para esos periodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ|forecast − actual| / Σ actual</source>
        <translation>Σ|previsión − real| / Σ real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of |forecast − actual| / actual over periods that sold</source>
        <translation>Media de |previsión − real| / real en los periodos con ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute error over the history&apos;s one-step naive error (&lt; 1: better than naive)</source>
        <translation>Error absoluto medio dividido por el error ingenuo a un paso del histórico (&lt; 1: mejor que el ingenuo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Σ forecast − Σ actual) / Σ actual; positive = over-forecast</source>
        <translation>(Σ previsión − Σ real) / Σ real; positivo = previsión por exceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ(actual − forecast) / mean |error| over the periods; beyond ±4 the error is persistent</source>
        <translation>Σ(real − previsión) / |error| medio en los periodos; por encima de ±4 el error es persistente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAPE of the statistical forecast alone, before overrides</source>
        <translation>WAPE de la previsión estadística sola, antes de los ajustes manuales</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AccuracyView</name>
    <message>
        <location filename="../ui/forecast/AccuracyView.cpp" line="+67"/>
        <source>Evaluate against actuals</source>
        <translation>Evaluar frente a datos reales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every stored forecast run with the sales that arrived after it, and raise alerts when accuracy drops.</source>
        <translation>Compara cada ejecución de previsión guardada con las ventas posteriores y genera alertas cuando la precisión baja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by location</source>
        <translation>por ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by category</source>
        <translation>por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SKU</source>
        <translation>por SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SKU × location</source>
        <translation>por SKU × ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Largest error first. Double-click a SKU × location to open its forecast.</source>
        <translation>Primero el mayor error. Haga doble clic en un SKU × ubicación para abrir su previsión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click an alert about a SKU × location to open it.</source>
        <translation>Haga doble clic en una alerta sobre un SKU × ubicación para abrirla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Dismiss alert</source>
        <translation>Descartar alerta</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Open forecast alerts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alertas de previsión abiertas&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Suggested: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sugerencia: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No forecast run has actuals yet: run a forecast as of an earlier date in the Forecasts area, or import the sales that followed a run.</source>
        <translation>Ninguna ejecución de previsión tiene aún datos reales: ejecute una previsión a una fecha anterior en el área Previsiones o importe las ventas posteriores a una ejecución.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new alert(s).</source>
        <translation>
            <numerusform>%n alerta nueva.</numerusform>
            <numerusform>%n alertas nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#%1 · from %2 · %3 %4</source>
        <translation>#%1 · desde %2 · %3 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No accuracy yet. Press &lt;i&gt;Evaluate against actuals&lt;/i&gt; once a forecast run has periods with sales after it (run a forecast as of an earlier date to measure one now).</source>
        <translation>Aún no hay precisión. Pulse &lt;i&gt;Evaluar frente a datos reales&lt;/i&gt; cuando una ejecución de previsión tenga periodos con ventas posteriores (ejecute una previsión a una fecha anterior para medir una ahora).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run %1 against %2 periods of actuals: &lt;b&gt;WAPE %3%&lt;/b&gt;, MAPE %4%, MASE %5, bias %6%, tracking signal %7. The statistical forecast alone: WAPE %8%.</source>
        <translation>Ejecución %1 frente a %2 periodos de datos reales: &lt;b&gt;WAPE %3%&lt;/b&gt;, MAPE %4%, MASE %5, sesgo %6%, señal de seguimiento %7. Solo la previsión estadística: WAPE %8%.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Accuracy over time appears once runs have been evaluated.</source>
        <translation>La precisión a lo largo del tiempo aparece cuando se han evaluado ejecuciones.</translation>
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
        <translation>WAPE estadístico %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bias %</source>
        <translation>Sesgo %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — accuracy by forecast run (date the forecast started)</source>
        <translation>%1 — precisión por ejecución de previsión (fecha de inicio de la previsión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AdjustmentModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+148"/>
        <source>outlier</source>
        <translation>atípico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stockout</source>
        <translation>rotura de stock</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learnt as</source>
        <translation>Aprendido como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::AlertModel</name>
    <message>
        <location filename="../ui/forecast/AccuracyModels.cpp" line="+44"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::CandidateModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="-123"/>
        <source>chosen: lowest backtest MAE</source>
        <translation>elegido: menor MAE de backtest</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Method</source>
        <translation>Método</translation>
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
        <translation>Sesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-sample RMSE</source>
        <translation>RMSE en la muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ComparisonChart</name>
    <message>
        <location filename="../ui/plan/PlanCharts.cpp" line="+168"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordering</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost margin</source>
        <translation>Margen perdido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>simulated cost over the horizon</source>
        <translation>coste simulado en el horizonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total cost by method (mean of %1 runs)</source>
        <translation>Coste total por método (media de %1 ejecuciones)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>plan saves %1</source>
        <translation>el plan ahorra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan costs %1 more</source>
        <translation>el plan cuesta %1 más</translation>
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
        <translation>Cuánto menos cuesta el plan en la simulación que %1 (negativo: más).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demand served from stock over demand, mean of the runs.</source>
        <translation>Demanda servida desde stock sobre la demanda, media de las ejecuciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport + fixed + ordering + holding + lost margin: the mean of the runs ± its standard deviation across them.</source>
        <translation>Transporte + fijo + pedidos + almacenamiento + margen perdido: la media de las ejecuciones ± su desviación típica entre ellas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock left at the end of the horizon, units.</source>
        <translation>Stock restante al final del horizonte, en unidades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s saving against this method, in % of its total cost.</source>
        <translation>Ahorro del plan frente a este método, en % de su coste total.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Tasa de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost units</source>
        <translation>Unidades perdidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost margin</source>
        <translation>Margen perdido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost ± sd</source>
        <translation>Coste total ± desv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending stock</source>
        <translation>Stock final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan saves</source>
        <translation>Ahorro del plan</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::CostBreakdownChart</name>
    <message>
        <location filename="../ui/plan/PlanCharts.cpp" line="-115"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost margin</source>
        <translation>Margen perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety-stock shortfall</source>
        <translation>Déficit de stock de seguridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan %1 · %2</source>
        <translation>Plan %1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cost over the horizon</source>
        <translation>coste en el horizonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost by part over %1 %2, demand as forecast</source>
        <translation>Coste por componente en %1 %2, demanda según la previsión</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::EditListModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+158"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane closed</source>
        <translation>Ruta cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New site</source>
        <translation>Nuevo centro</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ExportView</name>
    <message>
        <location filename="../ui/export/ExportView.cpp" line="+70"/>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders:</source>
        <translation>Pedidos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer orders</source>
        <translation>Órdenes de traspaso</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic (Stockshift)</source>
        <translation>Genérico (Stockshift)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (re-imports there)</source>
        <translation>%1 (se reimporta allí)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV layout: Stockshift&apos;s own, or the open-orders layout of an ERP&apos;s import profile so that the file re-imports there.</source>
        <translation>El formato CSV: el propio de Stockshift o el formato de pedidos abiertos del perfil de importación de un ERP, para que el archivo se reimporte allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV layout:</source>
        <translation>Formato CSV:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile&apos;s default</source>
        <translation>Predeterminado del perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal comma (e.g. German Excel)</source>
        <translation>Coma decimal (p. ej., Excel en alemán)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 con marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the new orders to a folder and marks their lines as exported.</source>
        <translation>Escribe los pedidos nuevos en una carpeta y marca sus líneas como exportadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export revision…</source>
        <translation>Exportar revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-issues orders already exported under the same number with the next revision.</source>
        <translation>Vuelve a emitir los pedidos ya exportados con el mismo número y la siguiente revisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order…</source>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels the selected exported order; its number is never used again.</source>
        <translation>Cancela el pedido exportado seleccionado; su número no se vuelve a usar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop</source>
        <translation>Detener</translation>
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
        <translation>PDF (un documento por pedido)</translation>
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
        <translation>Los cinco formatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF pick list</source>
        <translation>Lista de preparación en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and PDF pick list</source>
        <translation>CSV y lista de preparación en PDF</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Plan %1 — %2, %3, %4</source>
        <translation>Plan %1 — %2, %3, %4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There are no plans yet: make one in the Plans area and approve its lines there.</source>
        <translation>Aún no hay planes: cree uno en el área Planes y apruebe allí sus líneas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan %1 has no approved %2 lines. Approve lines in the Plans area; they appear here grouped into orders.</source>
        <translation>El plan %1 no tiene líneas de %2 aprobadas. Apruebe líneas en el área Planes; aparecerán aquí agrupadas en pedidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transfer</source>
        <translation>traspaso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders ready to export, %2 exported (%3 with approved lines waiting for a revision), %4 cancelled; value %5.</source>
        <translation>%1 pedidos listos para exportar, %2 exportados (%3 con líneas aprobadas pendientes de revisión), %4 cancelados; valor %5.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an order to see its lines.</source>
        <translation>Seleccione un pedido para ver sus líneas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New order</source>
        <translation>Pedido nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3) → %4 (%5), ordered %6, delivery from %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (%3) → %4 (%5), pedido el %6, entrega desde el %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: pick at %2 (%3), first shipment %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: preparar en %2 (%3), primer envío el %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines: %1, units: %2, value: %3 — %4</source>
        <translation>Líneas: %1, unidades: %2, valor: %3 — %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled %1: %2</source>
        <translation>Cancelado %1: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Exporting to %1 …</source>
        <translation>Exportando a %1 …</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 new and %2 revised orders exported: %3 files in %4.</source>
        <translation>%1 pedidos nuevos y %2 revisados exportados: %3 archivos en %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 entries added to the partner settlement ledger.</source>
        <translation>%1 asientos añadidos al libro de liquidaciones con socios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export a revision</source>
        <translation>Exportar una revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These orders were already sent: %1.

A revision re-issues each of them under the same number with the next revision number, together with any newly approved lines. Suppliers must be told to replace the earlier document.

Export the revisions?</source>
        <translation>Estos pedidos ya se enviaron: %1.

Una revisión vuelve a emitir cada uno con el mismo número y el siguiente número de revisión, junto con las líneas aprobadas nuevas. Hay que indicar a los proveedores que sustituyan el documento anterior.

¿Exportar las revisiones?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export orders to folder</source>
        <translation>Exportar pedidos a una carpeta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1 cancelled; its number will not be used again.</source>
        <translation>Pedido %1 cancelado; su número no se volverá a usar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel order %1</source>
        <translation>Cancelar el pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is order %1 cancelled? (kept in the audit log; tell the supplier or the site separately)</source>
        <translation>¿Por qué se cancela el pedido %1? (se guarda en el registro de auditoría; informe al proveedor o al centro por separado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An order is cancelled with a reason.</source>
        <translation>Un pedido se cancela con un motivo.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ForecastBucketModel</name>
    <message>
        <location filename="../ui/forecast/ForecastModels.cpp" line="+93"/>
        <source>Overridden: the statistical forecast is %1.</source>
        <translation>Ajustado manualmente: la previsión estadística es %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a value to override the forecast of this period (a reason is asked).</source>
        <translation>Escriba un valor para ajustar manualmente la previsión de este periodo (se pedirá un motivo).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Period from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistical</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% low</source>
        <translation>Mín. 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>Máx. 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% low</source>
        <translation>Mín. 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% high</source>
        <translation>Máx. 95 %</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ForecastView</name>
    <message>
        <location filename="../ui/forecast/ForecastView.cpp" line="+160"/>
        <location line="+275"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+274"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>automatic (per series)</source>
        <translation>automático (por serie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic: each series gets the method with the lowest error over rolling backtests among those suited to its demand class.</source>
        <translation>Automático: cada serie recibe el método con menor error en backtests móviles entre los adecuados para su clase de demanda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of</source>
        <translation>a fecha de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast from the history up to an earlier date (a backcast), to measure its accuracy against what was sold afterwards.</source>
        <translation>Prever con el histórico hasta una fecha anterior (previsión retrospectiva), para medir su precisión frente a lo vendido después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run forecast</source>
        <translation>Ejecutar previsión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Horizon:</source>
        <translation>Horizonte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By SKU and location…</source>
        <translation>Por SKU y ubicación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By location…</source>
        <translation>Por ubicación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By region…</source>
        <translation>Por región…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category…</source>
        <translation>Por categoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network total…</source>
        <translation>Total de la red…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: location or SKU code, class, method</source>
        <translation>Buscar: código de ubicación o de SKU, clase, método</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click into the forecast period to override it.</source>
        <translation>Haga clic en el periodo de previsión para ajustarlo manualmente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Override selected periods…</source>
        <translation>Ajustar periodos seleccionados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw override</source>
        <translation>Retirar ajuste manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a final value, or select periods to scale them. Overrides:</source>
        <translation>Escriba un valor final o seleccione periodos para escalarlos. Ajustes manuales:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods compared</source>
        <translation>Métodos comparados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+248"/>
        <source>Cleansing</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+253"/>
        <source>Forecast &amp;&amp; overrides</source>
        <translation>Previsión y ajustes</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Withdraw override of %1 at %2</source>
        <translation>Retirar el ajuste manual de %1 en %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>#%1 · %2 · %3 %4 from %5 · %6</source>
        <translation>#%1 · %2 · %3 %4 desde %5 · %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No forecast yet: press Run forecast.</source>
        <translation>Aún no hay previsión: pulse Ejecutar previsión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts appear here once a run has finished.</source>
        <translation>Las previsiones aparecen aquí cuando termina una ejecución.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 series, %2 failed, %3 s; history up to %4</source>
        <translation>%1 series, %2 fallidas, %3 s; histórico hasta %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forecasting…</source>
        <translation>Previendo…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; the runs before are kept.</source>
        <translation>Cancelado; se conservan las ejecuciones anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cleansing (%1)</source>
        <translation>Depuración (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast &amp;&amp; overrides (%1)</source>
        <translation>Previsión y ajustes (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no demand in the history</source>
        <translation>sin demanda en el histórico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ADI %1 %2 1.32 and CV² %3 %4 0.49</source>
        <translation>ADI %1 %2 1,32 y CV² %3 %4 0,49</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chosen among %1 methods by the lowest error over %2 rolling backtests of the last periods: MAE %3, RMSE %4, MASE %5, bias %6 per period.</source>
        <translation>Elegido entre %1 métodos por el menor error en %2 backtests móviles de los últimos periodos: MAE %3, RMSE %4, MASE %5, sesgo %6 por periodo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history is too short for a backtest: the class&apos;s default method.</source>
        <translation>El histórico es demasiado corto para un backtest: método predeterminado de la clase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Fast methods only: the series is outside the most valuable ones this run tried every method family on.</source>
        <translation> Solo métodos rápidos: la serie no está entre las más valiosas en las que esta ejecución probó todas las familias de métodos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learnt from a cleansed history: %1 spike(s) cut, %2 stockout period(s) filled in (see Cleansing).</source>
        <translation>Aprendido de un histórico depurado: %1 picos recortados, %2 periodos de rotura de stock completados (véase Depuración).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history needed no cleansing.</source>
        <translation>El histórico no necesitó depuración.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast over the horizon: %1 units</source>
        <translation>Previsión en el horizonte: %1 unidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (statistical %1; the planner&apos;s overrides change it by %2%)</source>
        <translation> (estadística %1; los ajustes manuales del planificador la cambian un %2%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> widened ×%1 to the backtest error</source>
        <translation> ampliado ×%1 según el error de backtest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 at %2&lt;/b&gt; — %3 (%4)&lt;br&gt;Demand class: &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;Method: &lt;b&gt;%7&lt;/b&gt;%8&lt;br&gt;%9&lt;br&gt;%10&lt;br&gt;%11.&lt;br&gt;Intervals: 80% and 95%, from the model&apos;s error%12.%13&lt;br&gt;&lt;small&gt;%14&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1 en %2&lt;/b&gt; — %3 (%4)&lt;br&gt;Clase de demanda: &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;Método: &lt;b&gt;%7&lt;/b&gt;%8&lt;br&gt;%9&lt;br&gt;%10&lt;br&gt;%11.&lt;br&gt;Intervalos: 80 % y 95 %, a partir del error del modelo%12.%13&lt;br&gt;&lt;small&gt;%14&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;br&gt;Events in the horizon: %1</source>
        <translation>&lt;br&gt;Eventos en el horizonte: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleansed</source>
        <translation>Depurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
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
        <translation>Pico recortado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stockout</source>
        <translation>Rotura de stock</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holiday/event</source>
        <translation>Festivo/evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 at %2 — demand per %3</source>
        <translation>%1 en %2 — demanda por %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override</source>
        <translation>Ajuste manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No series is shown.</source>
        <translation>No se muestra ninguna serie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override %1 at %2: %3</source>
        <translation>Ajuste manual de %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the forecast</source>
        <translation>Exportar la previsión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forecast written to %1.</source>
        <translation>Previsión escrita en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthAlertModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="+536"/>
        <source>%1
Suggested: %2</source>
        <translation>%1
Sugerencia: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthDashboard</name>
    <message>
        <location filename="../ui/health/HealthDashboard.cpp" line="+206"/>
        <source>In stock</source>
        <translation>Con stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point</source>
        <translation>Bajo punto de pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of stock</source>
        <translation>Sin stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overstock</source>
        <translation>Exceso de stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring</source>
        <translation>Próximo a caducar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock value</source>
        <translation>Valor del stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of inventory</source>
        <translation>Días de inventario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pareto: annual demand value by rank</source>
        <translation>Pareto: valor anual de la demanda por posición</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Double-click an alert to open its SKU × location.</source>
        <translation>Haga doble clic en una alerta para abrir su SKU × ubicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click a location to list its SKUs.</source>
        <translation>Haga clic en una ubicación para listar sus SKU.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open alerts: %1 critical, %2 warnings, %3 info</source>
        <translation>Alertas abiertas: %1 críticas, %2 advertencias, %3 informativas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Analysing stock health…</source>
        <translation>Analizando la salud del stock…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;h3&gt;Nothing to assess yet&lt;/h3&gt;&lt;p&gt;Stock health needs stock, sales or open orders. Import stock.csv, sales.csv and open-orders.csv (File → Import folder…), then run a forecast for demand that looks ahead.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay nada que evaluar&lt;/h3&gt;&lt;p&gt;La salud del stock necesita stock, ventas o pedidos abiertos. Importe stock.csv, sales.csv y open-orders.csv (Archivo → Importar carpeta…) y después ejecute una previsión para obtener una demanda prospectiva.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>of %1 active SKU × locations (%2)</source>
        <translation>de %1 SKU × ubicaciones activos (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incl. %1 critical</source>
        <translation>incl. %1 críticos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the rows with demand</source>
        <translation>%1 de las filas con demanda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at cost, %2 of the stock value</source>
        <translation>%1 a coste, %2 del valor del stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units (%2) expire unsold in %3 d</source>
        <translation>%1 unidades (%2) caducan sin venderse en %3 d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at cost; %1 rows without a unit cost</source>
        <translation>a coste; %1 filas sin coste unitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on hand at cost</source>
        <translation>disponible a coste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COGS a year %1 / stock value</source>
        <translation>Coste de ventas anual %1 / valor del stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock value / COGS a day</source>
        <translation>valor del stock / coste de ventas diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventory position at or below the reorder point: order now. Critical rows run out before an order placed today can arrive. Click to list them.</source>
        <translation>Posición de inventario igual o inferior al punto de pedido: pida ya. Las filas críticas se agotan antes de que pueda llegar un pedido realizado hoy. Haga clic para listarlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost of goods sold over the last year (%1) / stock value at cost (%2). The database keeps no stock history, so today&apos;s stock stands for the average.</source>
        <translation>Coste de las ventas del último año (%1) / valor del stock a coste (%2). La base de datos no guarda un histórico de stock, por lo que el stock actual sustituye a la media.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows whose status is expiring: units in lots that expire before the forecast can sell them (FEFO), within %1 days. The units count every row&apos;s. Click to list them.</source>
        <translation>Filas en estado próximo a caducar: unidades en lotes que caducan antes de que la previsión pueda venderlas (FEFO), en %1 días. Las unidades cuentan todas las filas. Haga clic para listarlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing available while demand goes on. Click to list them.</source>
        <translation>Nada disponible mientras la demanda continúa. Haga clic para listarlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover above %1 days, or stock without a sale for %2 days. Click to list them.</source>
        <translation>Cobertura superior a %1 días o stock sin ventas desde hace %2 días. Haga clic para listarlas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Below ROP</source>
        <translation>Bajo PP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of the SKU × locations. Click to list them.</source>
        <translation>%1: %2 de los SKU × ubicaciones. Haga clic para listarlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status of %1 SKU × locations</source>
        <translation>Estado de %1 SKU × ubicaciones</translation>
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
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU × locations by rank</source>
        <translation>SKU × ubicaciones por posición</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value (%1)</source>
        <translation>valor (%1)</translation>
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
        <translation>%1 filas A suponen el %2 del valor anual de la demanda, %3 filas B el siguiente %4 y %5 filas C el resto.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthDetailPanel</name>
    <message>
        <location filename="../ui/health/HealthDetailPanel.cpp" line="+84"/>
        <source>Simulate this policy</source>
        <translation>Simular esta política</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Simulates two years of this SKU × location day by day, 20 times, with demand drawn from the forecast and random lead times, under the recommended policy.</source>
        <translation>Simula día a día dos años de este SKU × ubicación, 20 veces, con demanda extraída de la previsión y plazos de entrega aleatorios, con la política recomendada.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Override policy…</source>
        <translation>Política específica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this SKU × location its own policy settings (with a reason).</source>
        <translation>Asigne a este SKU × ubicación su propia configuración de política (con un motivo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Why&lt;/b&gt; — every figure with its formula and inputs</source>
        <translation>&lt;b&gt;Por qué&lt;/b&gt;: cada cifra con su fórmula y sus datos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot simulate: %1</source>
        <translation>No se puede simular: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a SKU × location to see its projected stock and why each figure is what it is.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un SKU × ubicación para ver su stock proyectado y el porqué de cada cifra.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing available while demand goes on</source>
        <translation>nada disponible mientras la demanda continúa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the projection runs out on %1, before an order placed today can arrive (lead time %2 d)</source>
        <translation>la proyección se agota el %1, antes de que pueda llegar un pedido realizado hoy (plazo de entrega %2 d)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position %1 ≤ reorder point %2</source>
        <translation>posición %1 ≤ punto de pedido %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units expire unsold within %2 days</source>
        <translation>%1 unidades caducan sin venderse en %2 días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stock without a sale in the last year</source>
        <translation>stock sin ventas en el último año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock without a sale for %1 days</source>
        <translation>stock sin ventas desde hace %1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days of cover, above %2</source>
        <translation>%1 días de cobertura, por encima de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position above the reorder point, %1 days of cover</source>
        <translation>posición por encima del punto de pedido, %1 días de cobertura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no stock, no demand, nothing on order</source>
        <translation>sin stock, sin demanda, nada pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>ejecución de previsión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last 91 days of sales (no forecast)</source>
        <translation>los últimos 91 días de ventas (sin previsión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 locations it feeds</source>
        <translation>las %1 ubicaciones que abastece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no demand</source>
        <translation>sin demanda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at &lt;b&gt;%3&lt;/b&gt; %4 — &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;: %7&lt;br&gt;Segment &lt;b&gt;%8&lt;/b&gt; · available %9 · on order %10 · in transit %11 · demand %12/day from %13 · cover %14 d · stockout %15 · expiring %16 · value %17 · in stock %18 of the days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 en &lt;b&gt;%3&lt;/b&gt; %4 — &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;: %7&lt;br&gt;Segmento &lt;b&gt;%8&lt;/b&gt; · disponible %9 · pedido %10 · en tránsito %11 · demanda %12/día según %13 · cobertura %14 d · rotura %15 · caduca %16 · valor %17 · con stock %18 de los días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— (no unit cost)</source>
        <translation>— (sin coste unitario)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Without open orders</source>
        <translation>Sin pedidos abiertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected stock</source>
        <translation>Stock proyectado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reorder point = order-up-to</source>
        <translation>Punto de pedido = nivel máximo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder point</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order-up-to</source>
        <translation>Nivel máximo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order arrives</source>
        <translation>Llegada de pedido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 units (%3)%4</source>
        <translation>%1: %2 unidades (%3)%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer</source>
        <translation>traspaso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>purchase order</source>
        <translation>pedido de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, overdue: counted today</source>
        <translation>, con retraso: se cuenta hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires unsold</source>
        <translation>Caduca sin venderse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 units expire unsold</source>
        <translation>%1: %2 unidades caducan sin venderse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 — projected stock over %3 days (FEFO, expired stock is not cover)</source>
        <translation>%1 en %2 — stock proyectado a %3 días (FEFO, el stock caducado no es cobertura)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot simulate: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;No se puede simular: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Simulating %1 runs of %2 days…</source>
        <translation>Simulando %1 ejecuciones de %2 días…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Simulated&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;achieved&lt;/i&gt;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;target&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cycle service level&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fill rate&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Average stock&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;SS %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cost a year&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;small&gt;Holding %8 · ordering %9 · lost margin %10. %11 runs × %12 days, %13 cycles, %14 orders a year; demand drawn from the forecast, unmet demand lost%15.&lt;/small&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Simulado&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;alcanzado&lt;/i&gt;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;i&gt;objetivo&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nivel de servicio por ciclo&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tasa de servicio&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Stock medio&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&amp;nbsp;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;SS %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Coste anual&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;small&gt;Almacenamiento %8 · pedidos %9 · margen perdido %10. %11 ejecuciones × %12 días, %13 ciclos, %14 pedidos al año; demanda extraída de la previsión, demanda no satisfecha perdida%15.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (no price: lost sales cost nothing)</source>
        <translation> (sin precio: las ventas perdidas no cuestan nada)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthFormat</name>
    <message>
        <location filename="../ui/health/HealthFormat.cpp" line="+61"/>
        <source>%1 bn</source>
        <translation>%1 mil M</translation>
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
        <translation>sin demanda</translation>
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
        <translation>Valor anual de la demanda %1 (acumulado %2 de la red); CV semanal %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on purchase orders, %2 in transit</source>
        <translation>%1 en pedidos de compra, %2 en tránsito</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Days until the projected stockout of stock and inbound under the forecast; expiring stock is not cover.</source>
        <translation>Días hasta la rotura de stock proyectada del stock y las entradas según la previsión; el stock próximo a caducar no es cobertura.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No stockout projected within the %1-day horizon.</source>
        <translation>No se proyecta rotura de stock en el horizonte de %1 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units of demand go unmet over the horizon without new orders.</source>
        <translation>%1 unidades de demanda quedan sin satisfacer en el horizonte sin nuevos pedidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 units in lots expiring by %2 (within %3 days); %4 of them expire unsold (value %5)</source>
        <translation>%1 unidades en lotes que caducan antes del %2 (en %3 días); %4 de ellas caducan sin venderse (valor %5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The unit cost is unknown.</source>
        <translation>Se desconoce el coste unitario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EOQ: %1</source>
        <translation>EOQ: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On order</source>
        <translation>En pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand/day</source>
        <translation>Demanda/día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROP</source>
        <translation>PP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SS</source>
        <translation>SS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order-up-to</source>
        <translation>Nivel máx.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover (d)</source>
        <translation>Cobertura (d)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stockout</source>
        <translation>Rotura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location code</source>
        <translation>Código de ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU code</source>
        <translation>Código de SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock status (the first that applies: out of stock, critical, below reorder point, expiring, overstock, healthy)</source>
        <translation>Estado del stock (el primero aplicable: sin stock, crítico, bajo punto de pedido, próximo a caducar, exceso de stock, sano)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABC by annual demand value × XYZ by weekly demand variability</source>
        <translation>ABC por valor anual de la demanda × XYZ por variabilidad semanal de la demanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units available: lots net of reservations</source>
        <translation>Unidades disponibles: lotes netos de reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open purchase orders and transfers in transit</source>
        <translation>Pedidos de compra abiertos y traspasos en tránsito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory position: sellable stock + on order − units expiring unsold within the protection interval</source>
        <translation>Posición de inventario: stock vendible + pedido − unidades que caducan sin venderse en el intervalo de protección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean forecast demand per day over the horizon</source>
        <translation>Demanda prevista media por día en el horizonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point s = demand over the protection interval + safety stock</source>
        <translation>Punto de pedido s = demanda en el intervalo de protección + stock de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order-up-to level S</source>
        <translation>Nivel máximo S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested order after MOQ, order multiple and shelf-life cap</source>
        <translation>Pedido sugerido tras MOQ, múltiplo de pedido y límite por vida útil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of cover of stock and inbound (expiring stock excluded)</source>
        <translation>Días de cobertura del stock y las entradas (excluido el stock próximo a caducar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected stockout date without new orders</source>
        <translation>Fecha proyectada de rotura de stock sin nuevos pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units in lots expiring within the warning window</source>
        <translation>Unidades en lotes que caducan dentro de la ventana de aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand at cost</source>
        <translation>Stock disponible a coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a figure could not be computed, or a note on the order</source>
        <translation>Por qué no se pudo calcular una cifra, o una nota sobre el pedido</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::HealthView</name>
    <message>
        <location filename="../ui/health/HealthView.cpp" line="+98"/>
        <source>the default rule</source>
        <translation>la regla predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 inherited</source>
        <translation>%1 heredado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse stock health again from the database.</source>
        <translation>Vuelve a analizar la salud del stock desde la base de datos.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search: SKU or location code, SKU name</source>
        <translation>Buscar: código de SKU o de ubicación, nombre del SKU</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below reorder point or critical</source>
        <translation>Bajo punto de pedido o crítico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+339"/>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+6"/>
        <source>Inherit selected settings</source>
        <translation>Heredar la configuración seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clears the selected settings so they come from the level above (Delete).</source>
        <translation>Borra la configuración seleccionada para que provenga del nivel superior (Supr).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each SKU × location&apos;s policy is resolved setting by setting: built-in defaults → &lt;b&gt;Default&lt;/b&gt; → its &lt;b&gt;class&lt;/b&gt; (A, B, C by value) → its &lt;b&gt;segment&lt;/b&gt; (AX … CZ) → its own &lt;b&gt;override&lt;/b&gt;. Grey italic values are inherited. Double-click a cell to change it, Delete to let it inherit again. Every change is audited, can be undone (Edit → Undo) and recomputes stock health at once.</source>
        <translation>La política de cada SKU × ubicación se resuelve parámetro a parámetro: valores integrados → &lt;b&gt;Predeterminada&lt;/b&gt; → su &lt;b&gt;clase&lt;/b&gt; (A, B, C por valor) → su &lt;b&gt;segmento&lt;/b&gt; (AX … CZ) → su propia &lt;b&gt;excepción&lt;/b&gt;. Los valores en cursiva gris son heredados. Haga doble clic en una celda para cambiarla y pulse Supr para que vuelva a heredar. Cada cambio queda auditado, se puede deshacer (Edición → Deshacer) y recalcula al instante la salud del stock.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Overrides per SKU × location&lt;/b&gt; — add one from the SKU × location detail (Override policy…)</source>
        <translation>&lt;b&gt;Excepciones por SKU × ubicación&lt;/b&gt;: añada una desde el detalle del SKU × ubicación (Política específica…)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+452"/>
        <source>SKU × location</source>
        <translation>SKU × ubicación</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Analysing stock health…</source>
        <translation>Analizando la salud del stock…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> The results shown are from the analysis before.</source>
        <translation> Los resultados mostrados son del análisis anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock health could not be analysed: %1</source>
        <translation>No se pudo analizar la salud del stock: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Press Refresh to analyse stock health.</source>
        <translation>Cancelado. Pulse Actualizar para analizar la salud del stock.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>forecast run %1</source>
        <translation>ejecución de previsión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales history (no forecast run yet)</source>
        <translation>histórico de ventas (aún no hay ejecución de previsión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1 · %2 SKU × locations · demand from %3 · analysed in %4 s</source>
        <translation>A %1 · %2 SKU × ubicaciones · demanda según %3 · analizado en %4 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · alerts not updated: %1</source>
        <translation> · alertas no actualizadas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · alerts: %1 new, %2 resolved</source>
        <translation> · alertas: %1 nuevas, %2 resueltas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stored: %1. Stock health recomputed.</source>
        <translation>Guardado: %1. Salud del stock recalculada.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 SKU × locations</source>
        <translation>%1 SKU × ubicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 SKU × locations</source>
        <translation>%1 de %2 SKU × ubicaciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;The policies could not be read: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;No se pudieron leer las políticas: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&quot;%1&quot; is not a policy scope.</source>
        <translation>&quot;%1&quot; no es un ámbito de política.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy of %1: %2</source>
        <translation>Política de %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy of %1: %2</source>
        <translation>política de %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Stored: %1. Recomputing…</source>
        <translation>Guardado: %1. Recalculando…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A policy override needs a reason.</source>
        <translation>Una excepción de política necesita un motivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+33"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Remove the policy override of %1</source>
        <translation>Quitar la excepción de política de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy override of %1: %2</source>
        <translation>Excepción de política de %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Policy override</source>
        <translation>Excepción de política</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inherit policy settings</source>
        <translation>Heredar la configuración de política</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="+97"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV export of your ERP. Files named after their kind (sales.csv, stock.csv, …) are recognised.</source>
        <translation>Una exportación CSV de su ERP. Se reconocen los archivos con el nombre de su tipo (sales.csv, stock.csv, …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+541"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Check how the file is written</source>
        <translation>Comprobar el formato del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stockshift detected these settings from the first rows. Change any of them; the preview follows.</source>
        <translation>Stockshift detectó esta configuración en las primeras filas. Cambie lo que necesite; la vista previa se actualiza.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1234.5 (point)</source>
        <translation>1234.5 (punto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (comma)</source>
        <translation>1.234,5 (coma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy-mm-dd (ISO)</source>
        <translation>aaaa-mm-dd (ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy / dd/mm/yyyy</source>
        <translation>dd.mm.aaaa / dd/mm/aaaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mm/dd/yyyy (US)</source>
        <translation>mm/dd/aaaa (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyymmdd</source>
        <translation>aaaammdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel serial number</source>
        <translation>Número de serie de Excel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on record:</source>
        <translation>Cabecera en el registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each field reads one column of the file, or a constant. Required fields are marked *. Columns that feed nothing are ignored.</source>
        <translation>Cada campo lee una columna del archivo o una constante. Los campos obligatorios se marcan con *. Las columnas que no alimentan nada se ignoran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(detected from the headers)</source>
        <translation>(detectado a partir de las cabeceras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load profile…</source>
        <translation>Cargar perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile…</source>
        <translation>Guardar perfil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>Load mapping profile</source>
        <translation>Cargar perfil de asignación</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
        <source>Mapping profiles (*.json)</source>
        <translation>Perfiles de asignación (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+9"/>
        <source>Save mapping profile</source>
        <translation>Guardar perfil de asignación</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(not in file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>constant (optional)</source>
        <translation>constante (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Every column is used.</source>
        <translation>Se usan todas las columnas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored columns: %1</source>
        <translation>Columnas ignoradas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still needed: %1</source>
        <translation>Aún se necesita: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Good rows go in, bad rows are reported. One transaction: cancelling or a failure leaves the database as it was.</source>
        <translation>Las filas correctas se importan y las erróneas se notifican. Una sola transacción: si se cancela o falla, la base de datos queda como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked without writing anything.</source>
        <translation>Se comprueba cada fila sin escribir nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update and add (upsert)</source>
        <translation>Actualizar y añadir (upsert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace: remove rows not in the file</source>
        <translation>Sustituir: eliminar las filas que no estén en el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All or nothing</source>
        <translation>Todo o nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create unknown codes</source>
        <translation>Crear códigos desconocidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import now</source>
        <translation>Importar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save problems as CSV…</source>
        <translation>Guardar problemas como CSV…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 rows read…</source>
        <translation>%1 filas leídas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save problems</source>
        <translation>Guardar problemas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::JournalCommand</name>
    <message>
        <location filename="../ui/undo/JournalCommand.cpp" line="+50"/>
        <source>An edit of kind &quot;%1&quot; in the stored history has no valid &quot;%2&quot;.</source>
        <translation>Una edición de tipo «%1» del historial guardado no tiene un «%2» válido.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::LocationHealthModel</name>
    <message>
        <location filename="../ui/health/HealthModels.cpp" line="+159"/>
        <source>%1: %2 (target %3) → %4 points × %5</source>
        <translation>%1: %2 (objetivo %3) → %4 puntos × %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured</source>
        <translation>%1: no medido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&gt; 999</source>
        <translation>&gt; 999</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Sin stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>Críticas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiring</source>
        <translation>Caducan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Healthy</source>
        <translation>Sanas</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turns</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>DDI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation>Con stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location code</source>
        <translation>Código de ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location name</source>
        <translation>Nombre de la ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-health score out of 100 (hover a score for its parts)</source>
        <translation>Puntuación de salud del stock sobre 100 (pase el ratón sobre una puntuación para ver sus componentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU × location rows</source>
        <translation>Filas SKU × ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Sin stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical: runs out before an order placed today can arrive</source>
        <translation>Crítico: se agota antes de que pueda llegar un pedido realizado hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the reorder point</source>
        <translation>Bajo el punto de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units expire unsold within the warning window</source>
        <translation>Unidades que caducan sin venderse dentro de la ventana de aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overstock: cover above the threshold, or no sale for the dead-stock days</source>
        <translation>Exceso de stock: cobertura superior al umbral o sin ventas durante los días de stock inmovilizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock on hand at cost</source>
        <translation>Stock disponible a coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover: cost of goods sold a year / stock value</source>
        <translation>Rotación: coste de ventas anual / valor del stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of inventory: stock value / daily cost of goods sold</source>
        <translation>Días de inventario: valor del stock / coste de ventas diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-stock rate over the last year, weighted by demand</source>
        <translation>Tasa de disponibilidad del último año, ponderada por la demanda</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+65"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data browser</source>
        <translation>Explorador de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecasts</source>
        <translation>Previsiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast accuracy</source>
        <translation>Precisión de la previsión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock health</source>
        <translation>Salud del stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilment tiers</source>
        <translation>Niveles de cumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand</source>
        <translation>Stock disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales history</source>
        <translation>Histórico de ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier items</source>
        <translation>Artículos de proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders</source>
        <translation>Pedidos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner agreements</source>
        <translation>Acuerdos con socios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and promotions</source>
        <translation>Eventos y promociones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stockout log</source>
        <translation>Registro de roturas de stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast overrides</source>
        <translation>Ajustes de previsión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy rules</source>
        <translation>Reglas de política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy overrides</source>
        <translation>Excepciones de política</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan lines</source>
        <translation>Líneas de plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported orders</source>
        <translation>Pedidos exportados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stockshift</source>
        <translation>Stockshift</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierta&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit &amp;history</source>
        <translation>&amp;Historial de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Stockshift</source>
        <translation>&amp;Acerca de Stockshift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Stockshift</source>
        <translation>Acerca de Stockshift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Stockshift %1&lt;/h3&gt;&lt;p&gt;Inventory planning workstation: forecasts, stock health, transfer and purchase plans that explain themselves.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockshift %1&lt;/h3&gt;&lt;p&gt;Estación de trabajo de planificación de inventario: previsiones, salud del stock y planes de traspaso y de compra que se explican a sí mismos.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System default</source>
        <translation>&amp;Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when Stockshift is started again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Stockshift.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+292"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>%1 — Stockshift</source>
        <translation>%1 — Stockshift</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open or create a database with the File menu.</source>
        <translation>Abra o cree una base de datos con el menú Archivo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Plan %1: transfers</source>
        <translation>Plan %1: traspasos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;p&gt;Data available in this database:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Datos disponibles en esta base de datos:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filter: code, name or yyyy-mm-dd</source>
        <translation>Filtro: código, nombre o aaaa-mm-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 MB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 locations · %2 SKUs · %3 series · %4 sales rows</source>
        <translation>%1 ubicaciones · %2 SKU · %3 series · %4 filas de ventas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · history %1 – %2</source>
        <translation> · histórico %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No imports yet</source>
        <translation>Aún no hay importaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import: %1 (%2)</source>
        <translation>Última importación: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stockshift databases (*.db *.sqlite)</source>
        <translation>Bases de datos de Stockshift (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 ya existe; ábrala en su lugar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stockshift databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de Stockshift (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Open or create a database first.</source>
        <translation>Abra o cree antes una base de datos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+36"/>
        <source>Import folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 holds none of the known files (locations.csv, skus.csv, …).</source>
        <translation>%1 no contiene ninguno de los archivos conocidos (locations.csv, skus.csv, …).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 no longer exists; it was removed from the recent databases.</source>
        <translation>%1 ya no existe; se ha quitado de las bases de datos recientes.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::NetworkMapWidget</name>
    <message>
        <location filename="../ui/network/NetworkMapWidget.cpp" line="+30"/>
        <source>National / supplier DC</source>
        <translation>CD nacional / de proveedor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fulfilment centre</source>
        <translation>Centro de cumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional hub</source>
        <translation>Hub regional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-fulfilment centre</source>
        <translation>Centro de microcumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner seller</source>
        <translation>Vendedor asociado</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>No locations with coordinates yet.
Import locations.csv (latitude, longitude) to see the network.</source>
        <translation>Aún no hay ubicaciones con coordenadas.
Importe locations.csv (latitud, longitud) para ver la red.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1°E</source>
        <translation>%1°E</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Health score 80 or more</source>
        <translation>Puntuación de salud de 80 o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score 60 to 80</source>
        <translation>Puntuación de salud de 60 a 80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score below 60</source>
        <translation>Puntuación de salud inferior a 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stock to assess</source>
        <translation>Sin stock que evaluar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 locations, %2 lanes</source>
        <translation>%1 ubicaciones, %2 rutas</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+65"/>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>health ≥ 80</source>
        <translation>salud ≥ 80</translation>
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
        <translation>Traspasos planificados</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 lanes used · %2 units · %3 lines</source>
        <translation>%1 rutas usadas · %2 unidades · %3 líneas</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 units in %4 plan lines</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 unidades en %4 líneas de plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;br&gt;No stock to assess</source>
        <translation>&lt;br&gt;Sin stock que evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Stock-health score &lt;b&gt;%1&lt;/b&gt; / 100</source>
        <translation>&lt;br&gt;Puntuación de salud del stock &lt;b&gt;%1&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3, region %4&lt;br&gt;%5° N, %6° E</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3, región %4&lt;br&gt;%5° N, %6° E</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OrderLineModel</name>
    <message>
        <location filename="../ui/export/ExportModels.cpp" line="+192"/>
        <source>%1 (supplier: %2)</source>
        <translation>%1 (proveedor: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved, to export</source>
        <translation>aprobada, por exportar</translation>
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
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OrderTableModel</name>
    <message>
        <location line="-184"/>
        <source>ready to export</source>
        <translation>listo para exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported (revision %1)</source>
        <translation>exportado (revisión %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + %1 approved line(s): export a revision</source>
        <translation> + %1 línea(s) aprobada(s): exporte una revisión</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(per line)</source>
        <translation>(por línea)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled %1: %2</source>
        <translation>Cancelado %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier / source</source>
        <translation>Proveedor / origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver to</source>
        <translation>Entregar en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::OverrideDialog</name>
    <message>
        <location filename="../ui/forecast/OverrideDialog.cpp" line="+26"/>
        <source>Override the forecast</source>
        <translation>Ajustar manualmente la previsión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set to</source>
        <translation>Fijar en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale by</source>
        <translation>Escalar por</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why? e.g. promotion flyer, customer order, delisting</source>
        <translation>¿Por qué? p. ej., folleto promocional, pedido de cliente, descatalogación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods starting:</source>
        <translation>Periodos a partir de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Ajustar</translation>
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
            <numerusform>%n periodo: %1 → %2 unidades en total.</numerusform>
            <numerusform>%n periodos: %1 → %2 unidades en total.</numerusform>
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
        <translation>en vigor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone %1</source>
        <translation>deshecho %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanComparisonPanel</name>
    <message>
        <location filename="../ui/plan/PlanComparisonPanel.cpp" line="+124"/>
        <source>Plan %1 was stored without its input.</source>
        <translation>El plan %1 se guardó sin su entrada.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Compare with the baselines</source>
        <translation>Comparar con las referencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the rule-based plans on this plan&apos;s own input and play all of them under the same random demand.</source>
        <translation>Crea los planes basados en reglas con la propia entrada de este plan y los simula todos con la misma demanda aleatoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> runs</source>
        <translation> ejecuciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed </source>
        <translation>semilla </translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Select a plan to compare it with the rules planners use today.</source>
        <translation>Seleccione un plan para compararlo con las reglas que usan hoy los planificadores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan %1 has not been compared yet. &lt;b&gt;Compare with the baselines&lt;/b&gt; makes the rule-based plans (%2) on the same input and simulates each of them day by day under the same random demand.</source>
        <translation>El plan %1 aún no se ha comparado. &lt;b&gt;Comparar con las referencias&lt;/b&gt; crea los planes basados en reglas (%2) con la misma entrada y simula cada uno día a día con la misma demanda aleatoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as much as %1</source>
        <translation>lo mismo que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 less&lt;/b&gt; than %2 (fill rate %3)</source>
        <translation>&lt;b&gt;%1 menos&lt;/b&gt; que %2 (tasa de servicio %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 more&lt;/b&gt; than %2 (fill rate %3)</source>
        <translation>&lt;b&gt;%1 más&lt;/b&gt; que %2 (tasa de servicio %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 simulated runs (seed %2), plan %3 (fill rate %4, cost %5) costs %6.</source>
        <translation>En %1 ejecuciones simuladas (semilla %2), el plan %3 (tasa de servicio %4, coste %5) cuesta %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines were rejected or edited since: compare again to see their effect.</source>
        <translation>Desde entonces se rechazaron o editaron líneas: compare de nuevo para ver su efecto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected lines left out: %1.</source>
        <translation>Líneas rechazadas excluidas: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making the baselines and simulating…</source>
        <translation>Creando las referencias y simulando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared in %1.</source>
        <translation>Comparado en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared in %1, but not stored: %2</source>
        <translation>Comparado en %1, pero no guardado: %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanExplanation</name>
    <message>
        <location filename="../ui/plan/PlanExplanation.cpp" line="+363"/>
        <source>greedy rule</source>
        <translation>regla voraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reorder-point rule</source>
        <translation>regla del punto de pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>covers %1 units short</source>
        <translation>cubre %1 unidades de falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restores safety stock</source>
        <translation>restablece el stock de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lane full</source>
        <translation>ruta llena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source at safety stock</source>
        <translation>origen en stock de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all the source can spare</source>
        <translation>todo lo que el origen puede ceder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all it needs</source>
        <translation>todo lo que necesita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum order</source>
        <translation>pedido mínimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier full</source>
        <translation>proveedor lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget spent</source>
        <translation>presupuesto agotado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanExplanation::Writer</name>
    <message>
        <location line="-327"/>
        <source>The planner left no explanation for this line.</source>
        <translation>El planificador no dejó ninguna explicación para esta línea.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>after the horizon</source>
        <translation>después del horizonte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 units of %2 from %3 to %4</source>
        <translation>Traspasar %1 unidades de %2 de %3 a %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 units of %2 from %3 for %4</source>
        <translation>Pedir %1 unidades de %2 a %3 para %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ships %1 (%2), arrives %3 (%4); %5 a unit, %6 in all.</source>
        <translation>Sale el %1 (%2) y llega el %3 (%4); %5 por unidad, %6 en total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered %1 (%2), due %3 (%4); %5 a unit, %6 in all.</source>
        <translation>Pedido el %1 (%2), vence el %3 (%4); %5 por unidad, %6 en total.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase order %1.</source>
        <translation>Pedido de compra %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without this transfer</source>
        <translation>Sin este traspaso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without this order</source>
        <translation>Sin este pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rest of the horizon</source>
        <translation>el resto del horizonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 would miss %3 units of forecast demand in %4</source>
        <translation>%1 %2 dejaría sin cubrir %3 unidades de demanda prevista en %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, holding %1 units when this arrives (safety stock %2).</source>
        <translation>, con %1 unidades cuando esto llegue (stock de seguridad %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (safety stock %1).</source>
        <translation> (stock de seguridad %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 would still meet its forecast demand but hold only %3 units when this arrives, below its safety stock of %4: the line restores its protection against demand above the forecast.</source>
        <translation>%1 %2 seguiría cubriendo su demanda prevista, pero solo tendría %3 unidades cuando esto llegue, por debajo de su stock de seguridad de %4: la línea restablece su protección frente a una demanda superior a la prevista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 would hold %3 units when this arrives%4; what the line avoids is the lost sales the forecast&apos;s uncertainty puts at risk.</source>
        <translation>%1 %2 tendría %3 unidades cuando esto llegue%4; lo que la línea evita son las ventas perdidas que pone en riesgo la incertidumbre de la previsión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (safety stock %1)</source>
        <translation> (stock de seguridad %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deficit.</source>
        <translation>Déficit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds %2 units in that %3, %4 above its own safety stock of %5.</source>
        <translation>%1 tiene %2 unidades en ese periodo (%3), %4 por encima de su propio stock de seguridad de %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds %2 units in that %3%4; it can pass them on because it is replenished itself or holds that stock for the locations it feeds.</source>
        <translation>%1 tiene %2 unidades en ese periodo (%3)%4; puede cederlas porque a su vez se reaprovisiona o guarda ese stock para las ubicaciones que abastece.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (its own safety stock %1)</source>
        <translation> (su propio stock de seguridad: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus.</source>
        <translation>Excedente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sells it in packs of %2 with a minimum order of %3 units.</source>
        <translation>%1 lo vende en paquetes de %2 con un pedido mínimo de %3 unidades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes orders of at least %2 units.</source>
        <translation>%1 acepta pedidos de al menos %2 unidades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sells it in packs of %2.</source>
        <translation>%1 lo vende en paquetes de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounding.</source>
        <translation>Redondeo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving costs %1 a unit</source>
        <translation>Trasladar cuesta %1 por unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 a shipment on the lane</source>
        <translation> y %1 por envío en la ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, against a margin of %1 a unit on every sale it saves</source>
        <translation>, frente a un margen de %1 por unidad en cada venta que salva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and %1 a unit and %2 below safety stock</source>
        <translation> y %1 por unidad y %2 por debajo del stock de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each unit that sells gains %1 over its cost of moving.</source>
        <translation>Cada unidad vendida gana %1 por encima de su coste de traslado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each unit costs %1</source>
        <translation>Cada unidad cuesta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the purchase order costs %1, shared by the lines ordered from %2 for %3 in the same %4</source>
        <translation>; el pedido de compra cuesta %1, repartido entre las líneas pedidas a %2 para %3 en el mismo periodo (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; a sale lost for want of it costs %1 in margin</source>
        <translation>; una venta perdida por su falta cuesta %1 de margen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs.</source>
        <translation>Costes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the lane&apos;s capacity is fully used (%1 units on it in that %2)</source>
        <translation>la capacidad de la ruta está totalmente usada (%1 unidades en ella en ese periodo: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lane&apos;s capacity is fully used</source>
        <translation>la capacidad de la ruta está totalmente usada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is drawn down to its own safety stock</source>
        <translation>%1 se reduce hasta su propio stock de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is all %1 can spare, or all %2 can use</source>
        <translation>es todo lo que %1 puede ceder o todo lo que %2 puede usar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is the most worth ordering: what %1 needs over the horizon, the supplier&apos;s capacity or what sells before it expires</source>
        <translation>es lo que más conviene pedir: lo que %1 necesita en el horizonte, la capacidad del proveedor o lo que se vende antes de caducar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the order is raised to the supplier&apos;s minimum order quantity</source>
        <translation>el pedido se eleva a la cantidad mínima de pedido del proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier&apos;s capacity is fully used</source>
        <translation>la capacidad del proveedor está totalmente usada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the purchasing budget is spent</source>
        <translation>el presupuesto de compras está agotado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No constraint stops it: the quantity is where one more unit would cost more than it saves.</source>
        <translation>Ninguna restricción lo frena: la cantidad está donde una unidad más costaría más de lo que ahorra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What limits it.</source>
        <translation>Qué lo limita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The greedy rule of the original design:</source>
        <translation>La regla voraz del diseño original:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was short of %2 units over the horizon;</source>
        <translation>a %1 le faltaban %2 unidades en el horizonte;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ranked %2 among its sources by projected demand × (margin − transfer cost) = %3.</source>
        <translation>%1 ocupaba el puesto %2 entre sus orígenes por demanda proyectada × (margen − coste de traspaso) = %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule ships everything now, from the best sources first, within what they can spare and the lane&apos;s capacity; it weighs neither shipment costs nor later weeks.</source>
        <translation>La regla lo envía todo ya, primero desde los mejores orígenes, dentro de lo que pueden ceder y de la capacidad de la ruta; no tiene en cuenta los costes de envío ni las semanas posteriores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Rule.</source>
        <translation>Regla.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The inventory position of %1 (stock, inbound and orders, %2 units) fell to its reorder point of %3 — demand over the lead time and a review plus the safety stock — so the rule orders up to it from the preferred supplier, in its minimum order and packs.</source>
        <translation>La posición de inventario de %1 (stock, entradas y pedidos, %2 unidades) cayó hasta su punto de pedido de %3 —demanda durante el plazo de entrega y una revisión más el stock de seguridad—, así que la regla pide hasta él al proveedor preferente, respetando su pedido mínimo y sus paquetes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reorder-point rule orders up to the reorder point from the preferred supplier.</source>
        <translation>La regla del punto de pedido pide hasta el punto de pedido al proveedor preferente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edited.</source>
        <translation>Editado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed %1 units; now %2.</source>
        <translation>Propuestas %1 unidades; ahora %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review.</source>
        <translation>Revisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line is %1.</source>
        <translation>Esta línea está %1.</translation>
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
        <translation>Traspasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MILP (CBC)</source>
        <translation>MILP (CBC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy rule</source>
        <translation>Regla voraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder-point rule</source>
        <translation>Regla del punto de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the MILP plan</source>
        <translation>el plan MILP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the greedy rule</source>
        <translation>la regla voraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reorder-point rule</source>
        <translation>la regla del punto de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doing nothing</source>
        <translation>no hacer nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optimal</source>
        <translation>óptimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time limit</source>
        <translation>límite de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infeasible</source>
        <translation>infactible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bucket</source>
        <translation>periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buckets</source>
        <translation>periodos</translation>
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
        <translation>Plan %1 · %2 · %3 · %4 periodos de %5 días desde el %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Purchases worth %1 (not in the cost: recovered when the stock sells)</source>
        <translation>
Compras por valor de %1 (no incluidas en el coste: se recuperan al vender el stock)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Transport, fixed, holding, lost margin and safety-stock shortfall over the horizon with demand as forecast; purchases are shown apart.</source>
        <translation>Transporte, fijo, almacenamiento, margen perdido y déficit de stock de seguridad en el horizonte con la demanda prevista; las compras se muestran aparte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance of the MILP plan from CBC&apos;s best bound: the plan is at most this much more expensive than the best possible one.</source>
        <translation>Distancia del plan MILP a la mejor cota de CBC: el plan es, como mucho, esta proporción más caro que el mejor posible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of demand served in simulation (after Compare).</source>
        <translation>Proporción de la demanda servida en la simulación (tras Comparar).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Tasa de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanModels</name>
    <message>
        <location line="-171"/>
        <source>Proposed %1; edited to %2.</source>
        <translation>Propuesto %1; editado a %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line is %1 and cannot be changed.</source>
        <translation>Esta línea está %1 y no se puede modificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to change the quantity (undoable).</source>
        <translation>Haga doble clic para cambiar la cantidad (se puede deshacer).</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Order for %1, %2</source>
        <translation>Pedido para %1, %2</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanRunPanel</name>
    <message>
        <location filename="../ui/plan/PlanRunPanel.cpp" line="+73"/>
        <source>Solving… no plan yet · %1 nodes · %2</source>
        <translation>Resolviendo… aún sin plan · %1 nodos · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solving… no plan yet · bound %1 · %2 nodes · %3</source>
        <translation>Resolviendo… aún sin plan · cota %1 · %2 nodos · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solving… incumbent %1 · best bound %2 · gap %3 · %4 nodes · %5</source>
        <translation>Resolviendo… incumbente %1 · mejor cota %2 · brecha %3 · %4 nodos · %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint (both)</source>
        <translation>Conjunto (ambos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers move stock between locations before demand hits; purchases order from suppliers; the joint plan chooses between both.</source>
        <translation>Los traspasos mueven stock entre ubicaciones antes de que llegue la demanda; las compras piden a los proveedores; el plan conjunto elige entre ambos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buckets to plan.</source>
        <translation>Periodos que planificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wall-clock limit for CBC; the best plan found by then is kept.</source>
        <translation>Límite de tiempo real para CBC; se conserva el mejor plan encontrado hasta entonces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when the plan is proven within this distance of the best bound.</source>
        <translation>Detenerse cuando se demuestre que el plan está a esta distancia de la mejor cota.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solver threads; independent blocks of the model are solved side by side.</source>
        <translation>Hilos del optimizador; los bloques independientes del modelo se resuelven en paralelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any size</source>
        <translation>cualquier tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per truck: each shipment pays the lane&apos;s fixed cost per truck. “any size”: one shipment carries any amount.</source>
        <translation>Unidades por camión: cada envío paga el coste fijo de la ruta por camión. «cualquier tamaño»: un envío lleva cualquier cantidad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing budget per bucket (purchase value).</source>
        <translation>Presupuesto de compras por periodo (valor de compra).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run plan</source>
        <translation>Ejecutar plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the solver; the best plan found so far is stored.</source>
        <translation>Detiene el optimizador; se guarda el mejor plan encontrado hasta el momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizonte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time limit</source>
        <translation>Tiempo &amp;límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gap</source>
        <translation>&amp;Brecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;hreads</source>
        <translation>H&amp;ilos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ruck</source>
        <translation>&amp;Camión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget</source>
        <translation>&amp;Presupuesto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set the parameters and run a plan.</source>
        <translation>Defina los parámetros y ejecute un plan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incumbent (best plan&apos;s cost)</source>
        <translation>Incumbente (coste del mejor plan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best bound</source>
        <translation>Mejor cota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Greedy + reorder-point rules</source>
        <translation>Reglas voraz + punto de pedido</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>CBC&apos;s incumbent and best bound appear here while it solves.</source>
        <translation>El incumbente y la mejor cota de CBC aparecen aquí mientras resuelve.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the network, forecast and policies…</source>
        <translation>Leyendo la red, la previsión y las políticas…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cancelling… the best plan found so far will be stored.</source>
        <translation>Cancelando… se guardará el mejor plan encontrado hasta el momento.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (reported %1 ago)</source>
        <translation> (notificado hace %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solving… %1 of at most %2; CBC has not reported a plan yet (a model in independent blocks reports as blocks finish).</source>
        <translation>Resolviendo… %1 de un máximo de %2; CBC aún no ha notificado ningún plan (un modelo en bloques independientes informa a medida que terminan los bloques).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storing the plan…</source>
        <translation>Guardando el plan…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled before any plan was found; nothing was stored.</source>
        <translation>Cancelado antes de encontrar ningún plan; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan: %1</source>
        <translation>Sin plan: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: the best plan found so far is stored as plan %1</source>
        <translation>Cancelado: el mejor plan encontrado hasta el momento se guarda como plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1 stored</source>
        <translation>Plan %1 guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1, lines: %2; cost %3</source>
        <translation> — %1, líneas: %2; coste %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, gap %1</source>
        <translation>, brecha %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; input %1, total %2.</source>
        <translation>; entrada %1, total %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PlanView</name>
    <message>
        <location filename="../ui/plan/PlanView.cpp" line="+59"/>
        <source>Select a line to see why it is in the plan.</source>
        <translation>Seleccione una línea para ver por qué está en el plan.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete plan…</source>
        <translation>Eliminar plan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Stored plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planes guardados&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected lines (%1). Undo with Edit → Undo.</source>
        <translation>Aprobar las líneas seleccionadas (%1). Se deshace con Edición → Deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected lines (%1): they are left out of the comparison and the export.</source>
        <translation>Rechazar las líneas seleccionadas (%1): se excluyen de la comparación y de la exportación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to proposed</source>
        <translation>Volver a propuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search SKU or location</source>
        <translation>Buscar SKU o ubicación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Flows on the map:</source>
        <translation>Flujos en el mapa:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Transfers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purchase orders</source>
        <translation>Pedidos de compra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The plans could not be read: %1</source>
        <translation>No se pudieron leer los planes: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Transfers (%1)</source>
        <translation>Traspasos (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase orders (%1)</source>
        <translation>Pedidos de compra (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>all %1</source>
        <translation>todos los periodos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shipping in %1 (%2)</source>
        <translation>envío en %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;No plans yet&lt;/h3&gt;Choose a kind and a method on the left and press &lt;b&gt;Run plan&lt;/b&gt;. The MILP is solved by COIN-OR CBC; the rules are the ones planners use today, for comparison.</source>
        <translation>&lt;h3&gt;Aún no hay planes&lt;/h3&gt;Elija un tipo y un método a la izquierda y pulse &lt;b&gt;Ejecutar plan&lt;/b&gt;. El MILP lo resuelve COIN-OR CBC; las reglas son las que usan hoy los planificadores, para comparar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Select a plan&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Seleccione un plan&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Plan %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 desde el %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forecast run %1</source>
        <translation>ejecución de previsión %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>coste &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transfer lines, %2 units, %3 shipments</source>
        <translation>%1 líneas de traspaso, %2 unidades, %3 envíos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 purchase lines, %2 units in %3 orders worth %4</source>
        <translation>%1 líneas de compra, %2 unidades en %3 pedidos por valor de %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unmet demand %1 units</source>
        <translation>demanda no satisfecha %1 unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective %1, bound %2, gap &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>objetivo %1, cota %2, brecha &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 filas × %2 columnas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Solver:</source>
        <translation>Optimizador:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; quantities edited: %1 — the cost above is the plan as proposed, the comparison simulates it as reviewed</source>
        <translation>; cantidades editadas: %1 — el coste anterior es el del plan propuesto; la comparación lo simula tal como se revisó</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>With demand as forecast, plan %1 costs &lt;b&gt;%2&lt;/b&gt; over the horizon = transport %3 + fixed %4 + holding %5 + lost margin %6 + safety-stock shortfall %7.</source>
        <translation>Con la demanda prevista, el plan %1 cuesta &lt;b&gt;%2&lt;/b&gt; en el horizonte = transporte %3 + fijo %4 + almacenamiento %5 + margen perdido %6 + déficit de stock de seguridad %7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It buys stock worth %1, recovered when it sells (not a cost here).</source>
        <translation>Compra stock por valor de %1, que se recupera al venderse (aquí no es un coste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the baselines to see theirs beside it.</source>
        <translation>Compárelo con las referencias para ver los suyos al lado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Plan %1: transfers</source>
        <translation>Plan %1: traspasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1: transfers shipping in %2</source>
        <translation>Plan %1: traspasos con envío en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no transfers</source>
        <translation>sin traspasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lanes, %2 units (rejected lines left out)</source>
        <translation>%1 rutas, %2 unidades (excluidas las líneas rechazadas)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 units · value %4&lt;/p&gt;&lt;p&gt;Select one of its lines to see why it is ordered; Approve or Reject act on all the lines under the row selected.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · %3 unidades · valor %4&lt;/p&gt;&lt;p&gt;Seleccione una de sus líneas para ver por qué se pide; Aprobar o Rechazar actúan sobre todas las líneas de la fila seleccionada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+56"/>
        <source>No plan is shown.</source>
        <translation>No se muestra ningún plan.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+53"/>
        <source>Plan %1 has no line %2.</source>
        <translation>El plan %1 no tiene la línea %2.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Select the lines to review first.</source>
        <translation>Seleccione antes las líneas que revisar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the lines are %1 already.</source>
        <translation>Nada que cambiar: las líneas ya tienen el estado %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 (%2, %3 → %4)</source>
        <translation>línea %1 (%2, %3 → %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve %1 of plan %2</source>
        <translation>Aprobar %1 del plan %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject %1 of plan %2</source>
        <translation>Rechazar %1 del plan %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 of plan %2 back to proposed</source>
        <translation>Devolver %1 del plan %2 a propuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>%1 — stored; Edit → Undo takes it back.</source>
        <translation>%1 — guardado; Edición → Deshacer lo revierte.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Line %1 of plan %2 (%3 %4 → %5): %6 → %7 units</source>
        <translation>Línea %1 del plan %2 (%3 %4 → %5): %6 → %7 unidades</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan %1 deleted.</source>
        <translation>Plan %1 eliminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete plan %1 (%2, %3) and its %4 lines? This cannot be undone.</source>
        <translation>¿Eliminar el plan %1 (%2, %3) y sus %4 líneas? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyFields</name>
    <message>
        <location filename="../ui/health/PolicyModels.cpp" line="+117"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Fill rate</source>
        <translation>Tasa de servicio</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cover days</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review every</source>
        <translation>Revisar cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding rate</source>
        <translation>Tasa de almacenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order cost</source>
        <translation>Coste de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max cover</source>
        <translation>Cobertura máx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelf-life cap</source>
        <translation>Límite por vida útil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reorder point (s, Q)</source>
        <translation>Punto de pedido (s, Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order-up-to (R, S)</source>
        <translation>Nivel máximo (R, S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min-max (s, S)</source>
        <translation>Mín-máx (s, S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forecast error</source>
        <translation>Error de previsión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>continuous</source>
        <translation>continua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a year</source>
        <translation>%1 al año</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>supplier&apos;s</source>
        <translation>del proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>off</source>
        <translation>no</translation>
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
        <translation>heredar</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyOverrideDialog</name>
    <message>
        <location filename="../ui/health/PolicyOverrideDialog.cpp" line="+25"/>
        <source>Policy override — %1</source>
        <translation>Excepción de política — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the settings this SKU × location should have regardless of its segment; unticked settings keep coming from the segment rules. The values shown apply now.</source>
        <translation>Marque los parámetros que este SKU × ubicación debe tener independientemente de su segmento; los no marcados siguen proviniendo de las reglas del segmento. Los valores mostrados son los vigentes.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Required: why this SKU × location needs its own policy</source>
        <translation>Obligatorio: por qué este SKU × ubicación necesita su propia política</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store override</source>
        <translation>Guardar excepción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove override</source>
        <translation>Quitar excepción</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tick at least one setting.</source>
        <translation>Marque al menos un parámetro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is required: it is stored with the override and audited.</source>
        <translation>Se requiere un motivo: se guarda con la excepción y queda auditado.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyOverrideModel</name>
    <message>
        <location filename="../ui/health/PolicyModels.cpp" line="+366"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PolicyRuleModel</name>
    <message>
        <location line="-251"/>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stored rule.</source>
        <translation>Una regla guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule: everything is inherited.</source>
        <translation>Sin regla: todo se hereda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in rule (not stored yet).</source>
        <translation>La regla integrada (aún no guardada).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU × location rows in this scope.</source>
        <translation>Filas SKU × ubicación en este ámbito.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set for this scope. Delete clears it so the value is inherited.</source>
        <translation>Establecido para este ámbito. Supr lo borra para que el valor se herede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default rule</source>
        <translation>la regla predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in default</source>
        <translation>el valor predeterminado integrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherited from %1.</source>
        <translation>Heredado de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reorder point: order Q when the position reaches s (continuous review). Order-up-to: every R days order up to S. Min-max: at s, order up to S.</source>
        <translation>Punto de pedido: pedir Q cuando la posición llega a s (revisión continua). Nivel máximo: cada R días pedir hasta S. Mín-máx: al llegar a s, pedir hasta S.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How safety stock is set: cycle service level, fill rate (normal loss function), the forecast&apos;s backtest error, or fixed days of cover.</source>
        <translation>Cómo se fija el stock de seguridad: nivel de servicio por ciclo, tasa de servicio (función de pérdida normal), error de backtest de la previsión o días de cobertura fijos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target cycle service level: the share of replenishment cycles without a stockout.</source>
        <translation>Nivel de servicio por ciclo objetivo: proporción de ciclos de reaprovisionamiento sin rotura de stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target fill rate: the share of demand served from stock.</source>
        <translation>Tasa de servicio objetivo: proporción de la demanda servida desde stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety stock in days of demand (days-of-cover method).</source>
        <translation>Stock de seguridad en días de demanda (método de días de cobertura).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days between reviews (order-up-to and min-max).</source>
        <translation>Días entre revisiones (nivel máximo y mín-máx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding cost per year as a share of the unit cost (EOQ).</source>
        <translation>Coste de almacenamiento anual como fracción del coste unitario (EOQ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per order (EOQ); default: the supplier&apos;s or the lane&apos;s.</source>
        <translation>Coste por pedido (EOQ); predeterminado: el del proveedor o de la ruta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenishment lead time; default: the supplier&apos;s or the lane&apos;s.</source>
        <translation>Plazo de entrega de reaprovisionamiento; predeterminado: el del proveedor o de la ruta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap of the order-up-to level in days of demand.</source>
        <translation>Límite del nivel máximo en días de demanda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never order more than can be sold before it expires.</source>
        <translation>No pedir nunca más de lo que se puede vender antes de que caduque.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not fit %2.</source>
        <translation>%1 no encaja en %2.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::PurchaseOrderModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="+189"/>
        <source>Value of the lines not rejected.</source>
        <translation>Valor de las líneas no rechazadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders: %1</source>
        <translation>pedidos: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines: %1</source>
        <translation>líneas: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supplier / order / SKU</source>
        <translation>Proveedor / pedido / SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioComparisonModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+54"/>
        <source>%1%2 pts</source>
        <translation>%1%2 p. p.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of the reference scenario</source>
        <translation>%1 del escenario de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 frente a %3</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioListModel</name>
    <message>
        <location line="-213"/>
        <source>run</source>
        <translation>ejecutado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloned from %1</source>
        <translation>Clonado de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill rate</source>
        <translation>Tasa de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScenarioView</name>
    <message>
        <location filename="../ui/scenario/ScenarioView.cpp" line="+128"/>
        <source>What-if</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;Scenarios&lt;/b&gt; — select two or more to compare them</source>
        <translation>&lt;b&gt;Escenarios&lt;/b&gt;: seleccione dos o más para compararlos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New from current settings</source>
        <translation>Nuevo con la configuración actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot the policies, costs, capacities, lanes, lead times, forecast overrides and solver settings of the database as a new scenario.</source>
        <translation>Guarda una instantánea de las políticas, costes, capacidades, rutas, plazos de entrega, ajustes manuales de la previsión y configuración del optimizador de la base de datos como un nuevo escenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to file…</source>
        <translation>Guardar en archivo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>¿Eliminar el escenario &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove edit</source>
        <translation>Quitar cambio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change value…</source>
        <translation>Cambiar valor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the factor, days, budget or capacity of the selected edit (or double-click it)</source>
        <translation>Cambiar el factor, los días, el presupuesto o la capacidad del cambio seleccionado (o hacer doble clic)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a change</source>
        <translation>Añadir un cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close lane</source>
        <translation>Cerrar ruta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a lane.</source>
        <translation>Elija una ruta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supplier lead time</source>
        <translation>Plazo de entrega del proveedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New site</source>
        <translation>Nuevo centro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site whose lanes, region and suppliers the new site copies</source>
        <translation>El centro cuyas rutas, región y proveedores copia el nuevo centro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>ilimitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity in units</source>
        <translation>Capacidad en unidades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of the template site&apos;s demand the new site serves</source>
        <translation>La fracción de la demanda del centro plantilla que atiende el nuevo centro</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MILP (CBC)</source>
        <translation>MILP (CBC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules (greedy + reorder point)</source>
        <translation>Reglas (voraz + punto de pedido)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No scenario yet. &lt;b&gt;New from current settings&lt;/b&gt; takes a snapshot of the planning settings to start from.</source>
        <translation>Aún no hay escenarios. &lt;b&gt;Nuevo con la configuración actual&lt;/b&gt; toma una instantánea de la configuración de planificación como punto de partida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sites, %2 lanes, %3 suppliers, %4 policy rules, %5 forecast overrides captured %6%7.</source>
        <translation>%1 centros, %2 rutas, %3 proveedores, %4 reglas de política y %5 ajustes manuales de la previsión capturados el %6%7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, cloned from %1</source>
        <translation>, clonado de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last run: total cost %1, fill rate %2, %3 transfers, %4 purchase orders.</source>
        <translation>Última ejecución: coste total %1, tasa de servicio %2, %3 traspasos, %4 pedidos de compra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet.</source>
        <translation>Aún no se ha ejecutado.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Select two or more scenarios that have been run (Ctrl+click in the list) to compare them; the first is the reference.</source>
        <translation>Seleccione dos o más escenarios ya ejecutados (Ctrl+clic en la lista) para compararlos; el primero es la referencia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 scenarios against &lt;b&gt;%2&lt;/b&gt;: the change is shown in brackets, green where it is better. The chart shows each figure as an index of %2 (= 100).</source>
        <translation>%1 escenarios frente a &lt;b&gt;%2&lt;/b&gt;: el cambio se muestra entre paréntesis, en verde cuando es mejor. El gráfico muestra cada cifra como índice de %2 (= 100).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Index (%1 = 100)</source>
        <translation>Índice (%1 = 100)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+33"/>
        <location line="+227"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New scenario &quot;%1&quot;</source>
        <translation>Nuevo escenario &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; created from the current settings.</source>
        <translation>Escenario &quot;%1&quot; creado con la configuración actual.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to clone.</source>
        <translation>Seleccione un escenario para clonarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone scenario &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>Clonar el escenario &quot;%1&quot; como &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloned as &quot;%1&quot;.</source>
        <translation>Clonado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to delete.</source>
        <translation>Seleccione un escenario para eliminarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Eliminar el escenario &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario &quot;%1&quot; deleted.</source>
        <translation>Escenario &quot;%1&quot; eliminado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a scenario to rename.</source>
        <translation>Seleccione un escenario para cambiarle el nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renombrar el escenario &quot;%1&quot; a &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select or create a scenario first.</source>
        <translation>Seleccione o cree antes un escenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Wait for the run to finish, or cancel it.</source>
        <translation>Espere a que termine la ejecución o cancélela.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>Añadir %1 a &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: %1. Run the scenario to see its effect.</source>
        <translation>Añadido: %1. Ejecute el escenario para ver su efecto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an edit to remove.</source>
        <translation>Seleccione un cambio para quitarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>Quitar %1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed: %1.</source>
        <translation>Quitado: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an edit to change.</source>
        <translation>Seleccione un cambio para modificarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An edit keeps its kind; remove it and add another.</source>
        <translation>Un cambio conserva su tipo; quítelo y añada otro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %1 to %2 in &quot;%3&quot;</source>
        <translation>Cambiar %1 por %2 en &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed: %1. Run the scenario to see its effect.</source>
        <translation>Cambiado: %1. Ejecute el escenario para ver su efecto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change edit</source>
        <translation>Modificar cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

Demand factor:</source>
        <translation>%1

Factor de demanda:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Days added:</source>
        <translation>%1

Días añadidos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

Budget change (%):</source>
        <translation>%1

Cambio de presupuesto (%):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1

Capacity in units (0 = unlimited):</source>
        <translation>%1

Capacidad en unidades (0 = ilimitada):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closed lane has no value to change.</source>
        <translation>Una ruta cerrada no tiene ningún valor que cambiar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a scenario to save.</source>
        <translation>Seleccione un escenario para guardarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &quot;%1&quot; saved to %2.</source>
        <translation>Escenario &quot;%1&quot; guardado en %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported scenario</source>
        <translation>Escenario importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open scenario &quot;%1&quot;</source>
        <translation>Abrir el escenario &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; opened from %2.</source>
        <translation>Escenario &quot;%1&quot; abierto desde %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scenarios (*.ssc *.xml);;Binary scenarios (*.ssc);;XML scenarios (*.xml)</source>
        <translation>Escenarios (*.ssc *.xml);;Escenarios binarios (*.ssc);;Escenarios XML (*.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Binary scenario (*.ssc);;XML scenario (*.xml)</source>
        <translation>Escenario binario (*.ssc);;Escenario XML (*.xml)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running &quot;%1&quot; on a copy of the database…</source>
        <translation>Ejecutando &quot;%1&quot; sobre una copia de la base de datos…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running &quot;%1&quot;: %2…</source>
        <translation>Ejecutando &quot;%1&quot;: %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the scenario keeps its previous state.</source>
        <translation>Cancelado; el escenario conserva su estado anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>Error en la ejecución: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; ran in %2: total cost %3, fill rate %4, inventory value %5, %6 transfers, %7 purchase orders.</source>
        <translation>&quot;%1&quot; se ejecutó en %2: coste total %3, tasa de servicio %4, valor del inventario %5, %6 traspasos, %7 pedidos de compra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::ScoreTile</name>
    <message>
        <location filename="../ui/health/HealthWidgets.cpp" line="+215"/>
        <source>&lt;b&gt;Stock-health score %1 / 100&lt;/b&gt; — the weighted mean of:</source>
        <translation>&lt;b&gt;Puntuación de salud del stock %1 / 100&lt;/b&gt;: la media ponderada de:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 against a target of %3 → %4 points (weight %5)</source>
        <translation>%1: %2 frente a un objetivo de %3 → %4 puntos (peso %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured yet (left out, weights renormalised)</source>
        <translation>%1: aún no medido (excluido, pesos renormalizados)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+49"/>
        <source>Health score</source>
        <translation>Puntuación de salud</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+60"/>
        <source>out of 100</source>
        <translation>sobre 100</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>100.0% / 100%</source>
        <translation>100,0 % / 100 %</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Forecast accuracy</source>
        <translation>Precisión de la previsión</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>not measured</source>
        <translation>no medido</translation>
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
        <translation>ABC × XYZ: filas y valor anual de la demanda</translation>
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
        <translation>Segmento %1: %2 SKU × ubicaciones (%3 de las filas), valor anual de la demanda %4 (%5 de la red). Haga clic para listarlos.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+53"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defaults</source>
        <translation>&amp;Valores por defecto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Printed on the purchase and transfer orders that Exports writes. Stored in the open database, %1.</source>
        <translation>Se imprime en los pedidos de compra y órdenes de traspaso que genera Exportaciones. Se guarda en la base de datos abierta, %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a database to edit the company details: they are stored in the database, with its orders.</source>
        <translation>Abra una base de datos para editar los datos de la empresa: se guardan en la base de datos, junto con sus pedidos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One address line per row.</source>
        <translation>Una línea de dirección por fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ddress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT id:</source>
        <translation>&amp;NIF-IVA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ame:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urchase order prefix:</source>
        <translation>Prefijo de &amp;pedido de compra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer order prefix:</source>
        <translation>Prefijo de orden de &amp;traspaso:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence di&amp;gits:</source>
        <translation>Dí&amp;gitos de secuencia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
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
        <translation>Id. de e&amp;misor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;X12 id qualifier:</source>
        <translation>Calificador de id. &amp;X12:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDI&amp;FACT id qualifier:</source>
        <translation>Calificador de id. EDI&amp;FACT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;interchanges as test data</source>
        <translation>Marcar los intercambios como datos de &amp;prueba</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The theme applies at once to every window, the charts and the network map included.</source>
        <translation>El tema se aplica al instante a todas las ventanas, incluidos los gráficos y el mapa de la red.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan horizon:</source>
        <translation>Horizonte del &amp;plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;time limit:</source>
        <translation>&amp;Límite de tiempo del plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast horizon:</source>
        <translation>Horizonte de &amp;previsión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogramos (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pounds (lb)</source>
        <translation>Libras (lb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cubic metres (m³)</source>
        <translation>Metros cúbicos (m³)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cubic feet (ft³)</source>
        <translation>Pies cúbicos (ft³)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Litres (L)</source>
        <translation>Litros (L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Pesos en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volumes in:</source>
        <translation>&amp;Volúmenes en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Plans and Forecasts areas start from these values when a database is opened. Weights and volumes are shown in the chosen units; the database keeps kilograms and cubic metres.</source>
        <translation>Las áreas Planes y Previsiones parten de estos valores al abrir una base de datos. Pesos y volúmenes se muestran en las unidades elegidas; la base de datos guarda kilogramos y metros cúbicos.</translation>
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
        <translation>La mayor carga planificada de una ubicación respecto a su capacidad cuando la muestra, escalada a la previsión, se enruta de esta forma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost / order</source>
        <translation>Coste / pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Divididos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfilled lines</source>
        <translation>Líneas no servidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max load</source>
        <translation>Carga máx.</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SkuDiffModel</name>
    <message>
        <location filename="../ui/scenario/ScenarioModels.cpp" line="+227"/>
        <source>Demand %1 · transfers %2 · purchases %3 (worth %4)</source>
        <translation>Demanda %1 · traspasos %2 · compras %3 (por valor de %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units %1 plans to move (transfers and purchases)</source>
        <translation>Unidades que %1 prevé mover (traspasos y compras)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest change</source>
        <translation>Mayor cambio</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::SqlTableModel</name>
    <message>
        <location filename="../ui/browser/SqlTableModel.cpp" line="+23"/>
        <source>Abs error</source>
        <translation>Error absoluto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy batch</source>
        <translation>Importación de precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy buckets</source>
        <translation>Periodos de precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adi</source>
        <translation>ADI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest bias</source>
        <translation>Sesgo del backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest mae</source>
        <translation>MAE del backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest mase</source>
        <translation>MASE del backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest origins</source>
        <translation>Orígenes del backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest rmse</source>
        <translation>RMSE del backtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bound</source>
        <translation>Cota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket days</source>
        <translation>Días por periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buckets</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reason</source>
        <translation>Motivo de cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>Cancelado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity per period</source>
        <translation>Capacidad por periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity units</source>
        <translation>Capacidad (unidades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity volume</source>
        <translation>Volumen de capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Censored</source>
        <translation>Censurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Suma de comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleansed</source>
        <translation>Depurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cltv</source>
        <translation>CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed at</source>
        <translation>Calculado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per unit</source>
        <translation>Coste por unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cv2</source>
        <translation>CV²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand class</source>
        <translation>Clase de demanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration ms</source>
        <translation>Duración (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity key</source>
        <translation>Clave de la entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exportado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished at</source>
        <translation>Terminado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed cost</source>
        <translation>Coste fijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast run</source>
        <translation>Ejecución de previsión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format version</source>
        <translation>Versión del formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fragile</source>
        <translation>Frágil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From location</source>
        <translation>Ubicación de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Mercancía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Manipulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling cost</source>
        <translation>Coste de manipulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling fee</source>
        <translation>Tarifa de manipulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi80</source>
        <translation>Máx. 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi95</source>
        <translation>Máx. 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History end</source>
        <translation>Fin del histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History start</source>
        <translation>Inicio del histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time days</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time sd days</source>
        <translation>Desv. típica del plazo de entrega (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line count</source>
        <translation>Número de líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo80</source>
        <translation>Mín. 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo95</source>
        <translation>Mín. 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location code</source>
        <translation>Código de ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mape</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup pct</source>
        <translation>Recargo (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mase</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model columns</source>
        <translation>Columnas del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model nonzeros</source>
        <translation>No ceros del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model rows</source>
        <translation>Filas del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moq</source>
        <translation>MOQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order cost</source>
        <translation>Coste de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order multiple</source>
        <translation>Múltiplo de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ref</source>
        <translation>Referencia del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation>Atípicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack size</source>
        <translation>Múltiplo de embalaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent name</source>
        <translation>Escenario padre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po group</source>
        <translation>Grupo de pedido de compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred</source>
        <translation>Preferente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash</source>
        <translation>Hash anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit share</source>
        <translation>Reparto de beneficios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit share pct</source>
        <translation>Reparto de beneficios (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promo</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed quantity</source>
        <translation>Cantidad propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran at</source>
        <translation>Ejecutado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows accepted</source>
        <translation>Filas aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows rejected</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf life days</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sku code</source>
        <translation>Código de SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat wape</source>
        <translation>WAPE estadístico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier sku</source>
        <translation>SKU del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough</source>
        <translation>Exhaustivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To location</source>
        <translation>Ubicación de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total quantity</source>
        <translation>Cantidad total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking signal</source>
        <translation>Señal de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone at</source>
        <translation>Deshecho el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone by</source>
        <translation>Deshecho por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Actualizado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplift pct</source>
        <translation>Incremento (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
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
        <translation>Peso</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Wape</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motivo</translation>
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
        <translation>vacío</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 de %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierAssignmentModel</name>
    <message>
        <location filename="../ui/tiers/TierModels.cpp" line="-206"/>
        <source>OK: %1 d within the %2 d promise</source>
        <translation>OK: %1 d dentro de la promesa de %2 d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not served</source>
        <translation>No atendida</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lane via %2</source>
        <translation>ruta %1 vía %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d of %2 d</source>
        <translation>%1 d de %2 d</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serves from</source>
        <translation>Atiende desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallbacks at capacity</source>
        <translation>Alternativas a plena capacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost / unit</source>
        <translation>Coste / unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierDefinitionModel</name>
    <message>
        <location line="-218"/>
        <source>when at capacity</source>
        <translation>a plena capacidad</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers whose CLTV is at or above this percentile (0–100)</source>
        <translation>Clientes cuyo CLTV es igual o superior a este percentil (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers whose CLTV is at least this score</source>
        <translation>Clientes cuyo CLTV es al menos esta puntuación</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLTV percentile</source>
        <translation>Percentil CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTV score</source>
        <translation>Puntuación CLTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Express</source>
        <translation>Exprés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consolidate</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive</source>
        <translation>Incentivo</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierMapWidget</name>
    <message>
        <location filename="../ui/tiers/TierMapWidget.cpp" line="+114"/>
        <source>serves the region</source>
        <translation>atiende la región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fallback at capacity</source>
        <translation>alternativa a plena capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overflows (at capacity)</source>
        <translation>desborda (a plena capacidad)</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TierView</name>
    <message>
        <location filename="../ui/tiers/TierView.cpp" line="+168"/>
        <source>Thresholds by</source>
        <translation>Umbrales por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLTV percentile</source>
        <translation>Percentil CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTV score</source>
        <translation>Puntuación CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentile: the share of customers with a lower CLTV (0–100). Score: the customer lifetime value itself.</source>
        <translation>Percentil: proporción de clientes con un CLTV inferior (0–100). Puntuación: el propio valor del ciclo de vida del cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+338"/>
        <source>Store this configuration as a new version in the database.</source>
        <translation>Guarda esta configuración como una nueva versión en la base de datos.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Tiers&lt;/b&gt; — double-click a cell to edit; customers fall into the first tier whose threshold they reach</source>
        <translation>&lt;b&gt;Niveles&lt;/b&gt;: haga doble clic en una celda para editarla; los clientes entran en el primer nivel cuyo umbral alcanzan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Per region&lt;/b&gt; — the location that serves it and where orders go when it is at capacity</source>
        <translation>&lt;b&gt;Por región&lt;/b&gt;: la ubicación que la atiende y adónde van los pedidos cuando está a plena capacidad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing simulation</source>
        <translation>Simulación de enrutamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All policies</source>
        <translation>Todas las políticas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import tier configuration</source>
        <translation>Importar configuración de niveles</translation>
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
        <translation>Exportar configuración de niveles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export tier assignments</source>
        <translation>Exportar asignaciones de niveles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the network (forecast demand, stock, plans)…</source>
        <translation>Leyendo la red (demanda prevista, stock, planes)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 locations, %2 customer regions, %3 customers.</source>
        <translation>%1 ubicaciones, %2 regiones de clientes, %3 clientes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network could not be read: %1</source>
        <translation>No se pudo leer la red: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Tier configuration “%1”&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Configuración de niveles «%1»&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1, changed (not saved)</source>
        <translation>versión %1, modificada (sin guardar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid: every region is served by every tier within its promise.</source>
        <translation>Válida: cada región la atienden todos los niveles dentro de su promesa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The definitions are valid; the regions are checked once the network is read.</source>
        <translation>Las definiciones son válidas; las regiones se comprueban cuando se lee la red.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2, %3 d promise</source>
        <translation>%1: %2, promesa de %3 d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the errors first: a configuration with errors is not stored.</source>
        <translation>Corrija antes los errores: una configuración con errores no se guarda.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promise</source>
        <translation>promesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capacity reserve</source>
        <translation>reserva de capacidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>express lanes</source>
        <translation>rutas exprés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consolidation</source>
        <translation>consolidación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incentive</source>
        <translation>incentivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thresholds by CLTV percentile</source>
        <translation>Umbrales por percentil CLTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds by CLTV score</source>
        <translation>Umbrales por puntuación CLTV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The configuration has errors and was not stored.</source>
        <translation>La configuración tiene errores y no se guardó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saved in the tier editor</source>
        <translation>guardada en el editor de niveles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 is already stored exactly so.</source>
        <translation>La versión %1 ya está guardada exactamente igual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored as version %1.</source>
        <translation>Guardada como versión %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Written to %1.</source>
        <translation>Escrito en %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: review it, then save it as a new version.</source>
        <translation>%1 importado: revíselo y guárdelo como una nueva versión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulating…</source>
        <translation>Simulando…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 orders (seed %2); each sampled unit stands for %3 forecast units.</source>
        <translation>%1 pedidos (semilla %2); cada unidad muestreada representa %3 unidades previstas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulation failed: %1</source>
        <translation>Error en la simulación: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::TransferLineModel</name>
    <message>
        <location filename="../ui/plan/PlanModels.cpp" line="-386"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ships</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Stockshift::Ui::UndoJournalKeeper</name>
    <message>
        <location filename="../ui/undo/UndoJournalKeeper.cpp" line="+77"/>
        <source>The stored edit history holds an edit of unknown kind &quot;%1&quot;.</source>
        <translation>El historial de ediciones guardado contiene una edición de tipo desconocido «%1».</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The stored edit history is not valid JSON: %1.</source>
        <translation>El historial de ediciones guardado no es JSON válido: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored edit history holds an entry that is not a JSON object.</source>
        <translation>El historial de ediciones guardado contiene una entrada que no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>The edit history of the last session was not restored: %1</source>
        <translation>El historial de ediciones de la última sesión no se restauró: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits of this session are not kept after it ends.</source>
        <translation>Las ediciones de esta sesión no se conservan cuando termina.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The edit history of the last session was not restored: it belongs to user %1.</source>
        <translation>El historial de ediciones de la última sesión no se restauró: pertenece al usuario %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edit history of the last session was not restored: the data was changed since (an import, or an edit made outside this window), so undoing those edits could overwrite newer ones.</source>
        <translation>El historial de ediciones de la última sesión no se restauró: los datos cambiaron desde entonces (una importación o una edición hecha fuera de esta ventana), y deshacer esas ediciones podría sobrescribir otras más recientes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it holds more undone steps than the history keeps.</source>
        <translation>contiene más pasos deshechos de los que guarda el historial.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored the edit history of the last session. Edits: %1, of them undone: %2.</source>
        <translation>Historial de ediciones de la última sesión restaurado. Ediciones: %1, deshechas: %2.</translation>
    </message>
</context>
</TS>
