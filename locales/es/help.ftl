# La ayuda de la línea de órdenes (easeback --help, easeback log --help).
# En inglés la ayuda son los comentarios de documentación del código, así
# que estos mensajes solo existen en las demás lenguas (crates/easeback/src/help.rs):
#   help-app               qué es easeback
#   help-<orden>           qué hace una orden (help-log, help-edit-entry)
#   help-<orden>--<id>     la ayuda de una opción o un argumento de esa orden
#   help--<id>             la de una opción que dice lo mismo en todas las órdenes que la tienen
# Un mensaje de varios párrafos da su primer párrafo a la ayuda corta (-h)
# y el mensaje entero a la larga (--help). Las opciones, los ids, los
# marcadores (ID, FILE) y los ejemplos se quedan como están.

## Las palabras del propio clap: encabezados, -h, -V, la orden help y las notas
help-heading-usage = Uso
help-heading-commands = Órdenes
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-flag-help = Muestra la ayuda
help-flag-help-more = Muestra la ayuda (más detalle con '--help')
help-flag-help-summary = Muestra la ayuda (un resumen con '-h')
help-flag-version = Muestra la versión
help-values-env = variable de entorno
help-values-default = por defecto
help-values-possible = valores posibles
help-help = Muestra esta ayuda o la de las órdenes que indiques

## easeback y las opciones que comparten sus órdenes
help-app = Espasmos de espalda en el embarazo: revisa las señales de alarma, alivia el dolor y lleva un diario.
help--lang = Idioma de las respuestas: en o es (por defecto, el de LANG; si no, inglés)
help--db = Base de datos: la ruta de un archivo SQLite o una URL postgres://

## serve
help-serve = Sirve la aplicación web y la API JSON (lo que hace easeback sin ninguna orden)
help-serve--addr = Dirección en la que escuchar
help-serve--secure_cookies = Marca las cookies como Secure (cuando se sirve detrás de TLS). La variable admite 1/0, true/false, yes/no u on/off
help-serve--trusted_proxies = Proxies inversos (direcciones IP separadas por comas) cuyo X-Forwarded-For identifica al cliente, para los límites de inicio de sesión y de registro; p. ej., 127.0.0.1 para nginx en la misma máquina
help-serve--metrics_addr = Sirve las métricas de Prometheus (`/metrics`) en esta dirección (un puerto interno) y no en la principal

## triage
help-triage = Revisa tus síntomas: te dice con qué urgencia buscar atención y por qué
help-triage--text = Qué te está pasando, con tus propias palabras
help-triage--findings = Hallazgos marcados, separados por comas (mira `easeback findings`); se leen junto con el texto
help-triage--answers = Respuestas a las preguntas de la revisión: `id=yes` o `id=no`, separadas por comas
help-triage--region = Región para los teléfonos y el vocabulario: us, uk, ie, ca, au, nz, eu, es, mx
help-triage--batch = Lee una descripción por línea de la entrada estándar y escribe un objeto JSON por línea
help-triage--care_team = El número de tu maternidad o de tu equipo de atención para esta revisión (si lo guardas con `easeback profile --care-team`, se usa sin indicarlo aquí)

## findings, content, eval
help-findings = Lista los ids de los hallazgos, qué significan y en qué guías se basa cada uno
help-content = Muestra entera la base de conocimiento validada
help-eval = Puntúa la revisión de texto libre con archivos etiquetados (disposición TAB texto, o disposición TAB ids TAB texto); con varios, el informe de cada archivo y después el total
help-eval--format = text: el informe; json: los recuentos (n, exact, under, under_urgent, over, preguntas) de cada archivo y en total

## Alivio: quick, session, sessions, exercises, exercise
help-quick = La acción rápida para lo que desencadenó un espasmo (sin argumento: un menú)
help-session = Una sesión de alivio guiada: los pasos de autocuidado con temporizadores y preguntas por el camino
help-session--time_scale = Multiplica cada temporizador por este número (0 = sin esperas; para demostraciones y pruebas)
help-session--start = Empieza en este paso (1–8); por defecto, en el que más veces te ha aliviado
help-session--no_save = No guarda el resultado en el diario
help-sessions = Sesiones de alivio anteriores, de la más reciente a la más antigua
help-exercises = Lista los ejercicios
help-exercise = Haz un ejercicio con sus indicaciones y su temporizador

## Exportación, informe, copia y restauración, recordatorios
help-export = Exporta el diario: JSON (todo), CSV (las anotaciones) o un paquete FHIR R4
help-export--csv = Las anotaciones del diario en CSV
help-export--fhir = Un Bundle FHIR R4 (el dolor como Observations)
help-export--json = Todo lo guardado, en JSON (lo que se hace por defecto)
help-export--out = Escribe en este archivo en lugar de en la salida estándar
help-report = Un informe en PDF para tu médico o tu fisioterapeuta
help-report--weeks = Semanas que abarca (1–52)
help-report--out = Dónde escribir el PDF
help-backup = Copia el diario SQLite en un archivo (la copia es coherente aunque la aplicación esté en marcha)
help-restore = Sustituye el diario SQLite por una copia
help-reminders = Recordatorios diarios como archivo iCalendar con avisos
help-reminders--ics = Escribe un archivo iCalendar (de momento, el único formato)
help-reminders--from = Primer recordatorio del día (HH:MM)
help-reminders--to = Último recordatorio, antes de esta hora (HH:MM)
help-reminders--every = Minutos entre pausas para moverte (30–45)

## Perfil y contracciones
help-profile = Tu región y tu fecha prevista de parto, y de cuánto estás
help-profile--region = Región para los teléfonos y el vocabulario
help-profile--due_date = Fecha prevista de parto (AAAA-MM-DD)
help-profile--last_period = O el primer día de tu última regla (AAAA-MM-DD)
help-profile--care_team = El teléfono de tu maternidad o de tu equipo de atención, que se ofrece primero en una respuesta urgente ("" lo borra)
help-tightenings = Cronometra las contracciones; te avisa cuando siguen un ritmo regular

## El diario: log y edit-entry (las mismas opciones), diary, day, delete-entry, insights
help-log = Anota un espasmo en el diario (en una terminal te lo pregunta; las opciones son para scripts)
help-edit-entry = Cambia una anotación del diario: las opciones que indiques sustituyen esos datos
help--at = Cuándo empezó (RFC 3339, p. ej., 2026-11-20T03:10:00+01:00); por defecto, ahora
help--pain = El dolor en su peor momento, de 0 a 10
help--pain_after = El dolor después, de 0 a 10
help--locations = Dónde: low_back, mid_back, buttock, back_of_thigh (repite la opción o sepáralos con comas)
help--side = left, right, both o middle
help--duration = Cuánto duró, en minutos
help--triggers = Id de un desencadenante (mira `easeback content`); se puede repetir
help--context = Qué lo desencadenó, con tus palabras
help--helped = Algo que probaste y te ayudó (el id de una acción); se puede repetir
help--tried = Algo que probaste y no te ayudó; se puede repetir
help--woke = El dolor te despertó
help-diary = Muestra las últimas anotaciones del diario
help-day = Anota cómo fue un día: agua, postura al dormir, actividad, estrés
help-day--day = El día (AAAA-MM-DD); por defecto, hoy
help-day--water = Agua: 0 casi nada, 1 algo, 2 suficiente, 3 mucha
help-day--sleep = side_with_pillow, side, back, front o mixed
help-day--activity = Actividad: 0 en reposo … 3 muy activa
help-day--stress = Estrés: 0 tranquila … 3 muy estresada
help-delete-entry = Borra una anotación del diario por su id
help-insights = Patrones en el diario, y si piden una revisión
