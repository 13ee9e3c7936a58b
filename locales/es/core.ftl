# Palabras que el núcleo compone a partir de números (de cuánto estás, …).
gestation-pregnant = Estás de { $weeks ->
        [one] 1 semana
       *[other] { $weeks } semanas
    } y { $days ->
        [one] 1 día
       *[other] { $days } días
    }, { $trimester ->
        [1] primer
        [2] segundo
       *[other] tercer
    } trimestre; { $due_text }.
gestation-due-ahead = { $due ->
        [one] falta 1 día
       *[other] faltan { $due } días
    } para la fecha prevista de parto
gestation-due-today = hoy es tu fecha prevista de parto
gestation-due-past = { $due ->
        [one] 1 día
       *[other] { $due } días
    } después de tu fecha prevista de parto
gestation-postpartum = Tu fecha prevista de parto pasó hace más de dos semanas, así que damos por hecho que ya ha nacido tu bebé. Si no es así, cambia la fecha en los ajustes.

## Las palabras del diario
location-low_back = zona lumbar
location-mid_back = mitad de la espalda
location-buttock = nalga
location-back_of_thigh = parte de atrás del muslo
sleep-side_with_pillow = De lado, con una almohada entre las rodillas
sleep-side = De lado
sleep-back = Boca arriba
sleep-front = Boca abajo
sleep-mixed = Cambié mucho de postura
water-0 = Casi nada
water-1 = Algo
water-2 = Suficiente
water-3 = Mucha
activity-0 = En reposo
activity-1 = Poca
activity-2 = Moderada
activity-3 = Mucha actividad
stress-0 = Tranquila
stress-1 = Un poco
stress-2 = Estresada
stress-3 = Muy estresada
time-of-day-night = noche (medianoche–6 h)
time-of-day-morning = mañana (6 h–mediodía)
time-of-day-afternoon = tarde (mediodía–18 h)
time-of-day-evening = noche temprana (18 h–medianoche)
factor-water_enough = bebí suficiente agua
factor-stressed = un día estresante
factor-active = un día activo
factor-side_sleep_pillow = dormí de lado con una almohada
overview-nights-woken = { $label } (te despertó { $count } de las últimas 7 noches)
overview-episodes-7-days = { $label } ({ $count } episodios en los últimos 7 días)
overview-trend = Tendencia del dolor: { $slope } puntos por semana a lo largo de { $weeks } semanas (Theil–Sen).
overview-trend-none = Tendencia del dolor: aún no hay suficientes semanas con anotaciones.
overview-helped = { $label }: ayudó { $helped } de { $tried } veces
overview-helped-drop = { $label }: ayudó { $helped } de { $tried } veces; el dolor bajó { $drop } de media

## El informe para el equipo sanitario
report-title = Informe del diario de Easeback
report-subtitle = Espasmos de espalda en el embarazo, del { $from } al { $to } ({ $weeks } semanas). No es un diagnóstico.
report-for = Para: { $name }
report-summary = Resumen
report-episodes = Episodios: { $count } en { $weeks } semanas; { $last7 } en los últimos 7 días.
report-nights = Noches en que despertó el dolor, de las últimas 7: { $count }.
report-per-week = Por semana
report-week-line = Semana desde el { $from }: { $count } episodios, dolor medio { $pain }
report-no-pattern = Ningún patrón del diario pide una revisión.
report-advised = Consejo dado: { $title } — { $headline }
report-none-recorded = No hay nada anotado.
report-helped-heading = Qué ayudó (3 usos o más)
report-helped-none = Todavía no hay suficientes usos anotados.
report-sessions = { $count } sesiones; { $stopped } se pararon para pedir consejo.
report-session-helped = { $label } ayudó en { $count } sesión(es)
report-no-entries = No hay anotaciones en estas semanas.
report-episode = { $when }: dolor { $pain }/10
report-woke = despertó del sueño
report-earlier = …y { $count } episodios anteriores.
report-note = { $date } (dolor { $pain }/10): { $text }
report-section-weekly = Episodios por semana, con el gráfico
report-section-advice = Comprobación del diario y consejos dados
report-section-triggers = Desencadenantes
report-section-helped = Qué ayudó
report-section-sessions = Sesiones de alivio
report-section-episodes = Todos los episodios
report-section-notes = Notas
pdf-chart-alt = Episodios por semana.
pdf-chart-caption = Episodios por semana, los más antiguos a la izquierda
ics-calendar = Recordatorios de Easeback
ics-movement-break = Pausa para moverte
ics-posture-check = Revisa tu postura

## el informe de evaluación (easeback eval)
eval-label = etiqueta
eval-cases = casos
eval-sensitivity = sensibilidad
eval-exact = exactas
eval-exact-total = exactas: { $exact }/{ $total } ({ $percent }%)
eval-under = infratriaje: { $under } (same_day o emergency leídas más bajo: { $urgent })
eval-over = sobretriaje: { $over }
eval-questions = preguntas: { $mean } de media por descripción self_care; infratriaje atrapado por una pregunta: { $caught }/{ $under }
eval-meant = {" "}(se quería { $id })
eval-caught = {" "}(atrapada por una pregunta)
eval-not-caught = {" "}(NO atrapada por una pregunta)
eval-miss = { $kind } línea { $line }: se esperaba { $expected }{ $meant } y salió { $got } [{ $ids }]{ $asked } { $text }
