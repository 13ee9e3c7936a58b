// Tells the server this device's UTC offset (minutes east of UTC), so diary
// times are read and shown in the person's own clock time. Sent as a cookie
// because the forms and pages work without this script too (then UTC).
document.cookie = 'eb_tz=' + (-new Date().getTimezoneOffset()) +
  '; path=/; max-age=31536000; samesite=lax';
