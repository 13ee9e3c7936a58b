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
