# Las palabras de la línea de órdenes alrededor de las del contenido (easeback triage).
term-not-final = Aún no es la respuesta final: contesta antes estas preguntas (un sí cambia la respuesta).
term-how-to-answer = Vuelve a ejecutarlo con --answers id=yes,id=no, o en una terminal para que te las pregunte:
term-banner-emergency = EMERGENCIA
term-banner-same-day = URGENTE - LLAMA AHORA
term-banner-review = PIDE UNA REVISIÓN
term-banner-self-care = CUIDADOS EN CASA
term-when = Cuándo: { $when }
term-call = Llama:
term-what-now = Qué hacer ahora:
term-warning-signs = Señales de alarma a vigilar:
term-why = Por qué:
term-you-wrote-words = escribiste «{ $words }»
term-unsure = (no estabas segura; lo tomamos como presente para ir sobre seguro)
term-also-tell = Dinos también (un sí puede cambiar esta respuesta; responde con --answers id=yes,id=no):
term-set-aside = Leído como no presente:
term-you-wrote = Escribiste: { $text }
term-not-a-diagnosis = Easeback no es un diagnóstico y no sustituye a tu matrona, tu médico ni tu fisioterapeuta.
ask-first = Antes, unas preguntas (responde s o n):
ask-yes-no = [s/n]
ask-again = Responde s o n, por favor.
ask-describe = Cuenta con tus palabras qué te pasa y pulsa Intro:

## Las palabras de las demás órdenes (diary, log, session, quick, exercise,
## profile, tightenings, report, backup, …); las teclas (q, s, r, s/n) y las
## opciones se quedan como están.
term-number-0-10 = Escribe un número del 0 al 10, por favor.
term-yes-no = (s/n)
term-not-set = sin indicar
term-opening-diary = al abrir el diario en { $db }
term-opening = al abrir { $db }
term-serving = al servir en { $addr }
term-writing = al escribir { $file }
term-cannot-read = no se puede leer { $file }: { $why }
term-content-json-only = el contenido solo se muestra en JSON: usa --format json
term-answer-shape = la respuesta '{ $pair }' debe tener la forma fever=yes o fever=no
term-answer-yes-no = respuesta '{ $answer }' para { $id }: usa yes o no (o sí)
term-not-a-date = { $field }: '{ $value }' no es una fecha como { $example }
term-not-a-time = { $field }: '{ $value }' no es una hora como 09:00
term-not-a-timestamp = '{ $value }' no es una hora como 2026-11-25T20:00:00Z

## El diario: log, edit-entry, delete-entry, day, diary, insights
term-log-pain = ¿Cuánto te dolió en el peor momento, de 0 a 10?
term-log-where = ¿Dónde? { $places } (separados por comas, Intro para saltar):
term-log-what-set-off = ¿Qué lo desencadenó?
term-log-numbers = Números, separados por comas (Intro para saltar):
term-log-woke = ¿Te despertó? (s/N)
term-log-note = ¿Algo más que anotar? (Intro para saltar)
term-logged = Anotado { $id } (dolor { $pain }/10).
term-no-entry = no hay ninguna anotación del diario con el id { $id }
term-updated = Actualizado { $id }.
term-deleted = Borrado { $id }.
term-sleep-unknown = sleep: '{ $value }' no es side_with_pillow, side, back, front ni mixed
term-saved-day = Guardado el { $day }.
term-diary-empty = El diario está vacío. Anota un espasmo con `easeback log`.
term-diary-pain = dolor { $pain }/10
term-diary-woke = me despertó
term-insights-title = Diario de espasmos: { $weeks ->
        [one] la última semana
       *[other] las últimas { $weeks } semanas
    } ({ $episodes ->
        [one] 1 episodio
       *[other] { $episodes } episodios
    })
term-insights-per-week = Episodios por semana
term-insights-pain-per-week = Dolor medio por semana
term-insights-oldest-first = (de la más antigua → esta semana)
term-insights-rising = en aumento
term-insights-easing = a la baja
term-insights-steady = estable
term-insights-trend = Tendencia: { $direction }, { $slope } puntos por semana en { $weeks ->
        [one] 1 semana
       *[other] { $weeks } semanas
    }
term-insights-by-trigger = Qué desencadenó los espasmos
term-insights-by-time = Momento del día
term-insights-by-place = Dónde
term-insights-helped = Qué ayudó (probado 3 veces o más):
term-insights-days = Tus días:
term-insights-day = Días con «{ $label }» ({ $with }): { $rate } espasmos al día, frente a { $other } los demás días ({ $without })
term-insights-check = Revisión del diario: { $headline }
term-insights-nothing = Por ahora nada en el diario pide una revisión.
term-insights-sessions = Sesiones de alivio: { $count } ({ $stopped } paradas para pedir consejo)

## Alivio: session, sessions, quick, exercises, exercise
term-cue-start = Posición: { $text }
term-cue-move = Movimiento: { $text }
term-cue-breathe = Respiración: { $text }
term-cue-how-much = Cuánto: { $text }
term-cue-take-care = Cuidado: { $text }
term-step-title = Paso { $number } de { $total }: { $name }
term-ctrl-c = Parado. No se ha guardado nada de esta sesión.
term-time-scale-range = --time-scale debe estar entre 0 y 10
term-start-range = --start: indica un paso del 1 al { $steps }, no { $given }
term-starting-at = Empezamos en el paso { $step }: es el que más veces te ha ayudado.
term-pain-now = ¿Cuánto te duele ahora mismo, de 0 a 10?
term-no-answer = Sin respuesta; no se ha guardado nada.
term-step-done-prompt = Pulsa Intro cuando lo hayas hecho (s = saltar, q = salir):
term-paused = En pausa. r = reanudar, q = salir:
term-that-helped = Te ha ayudado. Si un paso te ayuda, puedes quedarte en él.
term-repeat-prompt = r = repetir este paso, n = paso siguiente, f = terminar aquí:
term-saved-session = Guardado en tu diario.
term-describe-new = { $question } Descríbelo, o pulsa Intro si no hay nada:
term-session-over = Sesión terminada.
term-session-pain = Dolor: { $before }/10 al empezar, { $after }/10 al terminar.
term-session-helped = Lo que ayudó: { $name }. La próxima vez empezaremos ahí.
term-unknown-trigger = desencadenante desconocido '{ $given }'; elige uno de estos: { $ids }
term-quick-what-set-off = ¿Qué desencadenó el espasmo?
term-quick-how = Ejecuta `easeback quick NÚMERO` o `easeback quick ID` para ver su acción rápida.
term-quick-type-number = Escribe un número:
term-quick-why = Por qué se desencadena: { $text }
term-quick-action = Acción rápida: { $text }
term-quick-first-steps = Primeros pasos para calmar un espasmo:
term-sessions-none = Aún no hay sesiones de alivio. Empieza una con `easeback session`.
term-sessions-pain = dolor { $before } → { $after }
term-sessions-pain-not-noted = dolor sin anotar
term-sessions-stopped = parada: { $disposition }
term-sessions-helped = ayudó: { $step }
term-sessions-nothing = nada destacó
term-unknown-exercise = ejercicio desconocido '{ $given }'; elige uno de estos: { $ids }
term-left-side = lado izquierdo
term-right-side = lado derecho
term-set-of = Serie { $set } de { $sets }
term-set-of-side = Serie { $set } de { $sets }, { $side }
term-do-reps = Haz { $reps } repeticiones lentas. { $breathing }
term-press-enter-done = Pulsa Intro al terminar (q = salir):
term-well-done = Muy bien. Para si algo te aumenta el dolor.
term-timer-instant = Temporizador: { $time } (hecho).
term-timer = Temporizador: { $time }. Intro = terminar antes, p = pausa, s = saltar, q = salir.
term-timer-left = quedan { $time }
term-breathe-in = inspira …
term-breathe-out = suelta el aire despacio …
term-time-up = Se acabó el tiempo.

## Perfil, recordatorios, contracciones, informe, exportación, copia y restauración
term-last-period-range = last-period: fecha fuera de rango
term-profile-region = Región: { $region }
term-profile-care-team = Equipo de atención: { $number }
term-profile-care-team-unset = Equipo de atención: sin indicar (easeback profile --care-team NÚMERO)
term-profile-due = Fecha prevista de parto: { $date }
term-profile-due-unset = Fecha prevista de parto: sin indicar (easeback profile --due-date AAAA-MM-DD)
term-tightenings-intro = Cronómetro de contracciones. Pulsa Intro cuando empiece una contracción, y otra vez Intro cuando termine. Escribe q para acabar.
term-tightenings-start = inicio
term-tightening-started = Empezó una contracción. Pulsa Intro cuando termine.
term-tightening-lasted = Duró { $seconds } s.
term-tightening-lasted-since = Duró { $seconds } s; { $minutes } min desde que empezó la anterior.
term-tightenings-regular = Estas contracciones llegan con regularidad ({ $count } en la última hora, más o menos cada { $minutes } minutos).
term-tightenings-no-pattern = { $count ->
        [one] 1 contracción cronometrada
       *[other] { $count } contracciones cronometradas
    }; por ahora sin un patrón regular. Si se vuelven regulares, o si algo más te preocupa, llama.
term-report-no-pdf = no se pudo crear el PDF
term-report-wrote = Informe guardado en { $file } ({ $weeks ->
        [one] 1 semana
       *[other] { $weeks } semanas
    }, { $episodes ->
        [one] 1 episodio
       *[other] { $episodes } episodios
    }).
term-backup-postgres = la copia y la restauración de aquí son para el archivo SQLite; para PostgreSQL usa pg_dump / pg_restore
term-backup-utf8 = la ruta de la copia debe estar en UTF-8
term-backed-up = Copia de { $db } guardada en { $file }.
term-no-backup = no hay ninguna copia en { $file }
term-restored = Restaurado { $db } desde { $file }.

## eval
term-eval-all = == los { $files } archivos: exactas { $exact }/{ $total } ({ $percent }%), infratriaje { $under }, sobretriaje { $over }; { $mean } preguntas por descripción self_care; infratriaje atrapado por una pregunta { $caught }/{ $under }
