# Lo que dice una petición o un formulario rechazados: los mensajes de error
# de la API y los de validación de las páginas.

## el diario y el cronómetro de endurecimientos
error-started-at-shape = '{ $given }' no es una fecha y hora como 2026-11-20T03:10:00+01:00
error-offset-missing = indica la diferencia con UTC, por ejemplo +01:00 o Z
error-pain-range = tiene que ser de 0 a 10, y es { $given }
error-duration-range = como mucho 1440 minutos (un día), y son { $given }
error-day-ahead = está a más de un día en el futuro
error-before-2000 = es anterior al año 2000
error-offset-range = tiene que estar dentro de ±18 horas
error-list-length = cada lista admite como mucho { $max } elementos
error-unknown-trigger = desencadenante desconocido '{ $given }'; válidos: { $valid }
error-unknown-action = acción desconocida '{ $given }'; usa un id de `easeback content`
error-control-characters = quita los caracteres de control (solo se guardan saltos de línea y tabuladores)
error-too-many-characters = como mucho { $max } caracteres
error-level-range = tiene que ser de 0 a 3, y es { $given }
error-day-future = está en el futuro
error-unknown-place = lugar desconocido '{ $given }'; usa { $known }
error-unknown-side = '{ $given }' no es izquierda, derecha, ambos ni centro
error-pain-missing = indica el dolor en su peor momento, de 0 a 10
error-pain-number = indica el dolor con un número de 0 a 10
error-offset-out-of-range = la diferencia con UTC está fuera de rango
error-end-before-start = el final es anterior al comienzo
error-tightening-too-long = un endurecimiento dura como mucho { $minutes } minutos; ¿se quedó el cronómetro en marcha?
error-not-yet = esa hora todavía no ha llegado
error-tightenings-count = como mucho 500
error-not-rfc3339 = '{ $given }' no es una hora RFC 3339
error-weeks-range = semanas: indica de 1 a { $max }
error-offset-insights = indica una diferencia dentro de ±1080 minutos (18 horas)
error-reminder-order = la hora de comienzo tiene que ser anterior a la de final
error-reminder-every = cada: indica de { $min } a { $max } minutos

## ajustes
error-due-far-ahead = Esa fecha prevista de parto está a más de 40 semanas; por favor, revísala.
error-due-long-past = Esa fecha prevista de parto fue hace más de dos semanas. Si tu bebé ya nació, ya no hace falta; si no, por favor, revísala.
error-phone-empty = el número está vacío
error-phone-character = '{ $given }' no puede ir en un número de teléfono: usa cifras, espacios, guiones, paréntesis y un + al principio
error-phone-plus = el + solo puede ir al principio, como en +44 20 7946 0000
error-phone-length = un número de teléfono tiene de 3 a 15 cifras; este tiene { $count }
error-unknown-region = región desconocida '{ $given }'; usa una de { $known }
error-unknown-lang = idioma desconocido '{ $given }'; usa uno de: { $known }

## la comprobación
error-unknown-finding = id de hallazgo desconocido '{ $given }'; ids válidos: { $valid }
error-too-long = la descripción ocupa { $len } bytes; el límite es { $max } bytes. Por favor, acórtala o envíala en partes.
error-triage-empty = envía "text", "findings", "answers" o varios de ellos

## cuentas
error-password-short = usa al menos 8 caracteres
error-password-long = usa como mucho 128 caracteres
error-password-easy = esa contraseña es demasiado fácil de adivinar; tres o cuatro palabras sin relación entre sí funcionan bien
error-email-shape = escribe una dirección de correo como nombre@ejemplo.com
error-password-not-stored = no se pudo guardar la contraseña
error-too-many-accounts = demasiadas cuentas nuevas desde aquí; inténtalo de nuevo dentro de una hora
error-no-session = no se pudo iniciar la sesión; inténtalo de nuevo
error-wrong-passwords-wait = demasiadas contraseñas incorrectas para esta cuenta; inténtalo de nuevo dentro de { $seconds } segundos
error-not-current-password = esa no es tu contraseña actual
error-same-password = elige una contraseña distinta de la actual
error-too-many-sign-ins = demasiados intentos de entrar; espera 15 minutos y vuelve a intentarlo
error-bad-login = ese correo y esa contraseña no corresponden a ninguna cuenta
error-cross-site = petición desde otro sitio rechazada
error-csrf = falta la cabecera X-CSRF-Token o es incorrecta
error-sign-in-first = entra primero en tu cuenta

## peticiones y el servidor
error-json-content-type = envía JSON con Content-Type: application/json
error-json-invalid = el cuerpo JSON no es válido: { $detail }
error-query-invalid = la cadena de consulta no es válida: { $detail }
error-not-found = no encontrado
error-conflict = eso ya existe
error-diary-full = tu diario tiene { $max } entradas, lo máximo que puede guardar: descárgalo y borra entradas antiguas para añadir nuevas
error-disk-full = el disco del servidor está lleno, así que esto no se guardó; por favor, guarda tus notas e inténtalo más tarde
error-read-only = ahora mismo no se puede escribir el diario en el servidor, así que esto no se guardó; por favor, guarda tus notas e inténtalo más tarde
error-db-unavailable = la base de datos no está disponible ahora mismo; por favor, inténtalo de nuevo
error-busy = el servidor está ocupado; por favor, inténtalo de nuevo
error-export-failed = no se pudo escribir la exportación
