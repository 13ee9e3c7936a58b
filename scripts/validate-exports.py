#!/usr/bin/env python3
"""Validate Easeback exports with the reference Python libraries.

usage: validate-exports.py fhir BUNDLE.json | ics FILE.ics
  fhir: fhir.resources==6.4.0 (FHIR R4, pydantic<2) parses the Bundle and every resource.
  ics:  icalendar parses the calendar; every event has a DISPLAY alarm.
Prints what it checked; exits non-zero on the first problem.
"""
import json, sys

def fhir(path):
    from fhir.resources.bundle import Bundle
    data = json.load(open(path, encoding="utf-8"))
    bundle = Bundle.parse_obj(data)
    assert bundle.type == "collection", bundle.type
    kinds = [e.resource.resource_type for e in bundle.entry]
    obs = [e.resource for e in bundle.entry if e.resource.resource_type == "Observation"]
    for o in obs:
        assert o.code.coding[0].code == "72514-3"
        assert 0 <= o.valueInteger <= 10
        assert o.subject is None
    assert kinds.count("QuestionnaireResponse") == 1
    print(f"fhir ok: Bundle with {len(obs)} Observation(s) and 1 QuestionnaireResponse")

def ics(path):
    import icalendar
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    events = [c for c in cal.walk("VEVENT")]
    assert events, "no events"
    for e in events:
        alarms = [a for a in e.walk("VALARM") if str(a.get("ACTION")) == "DISPLAY"]
        assert alarms, f"event {e.get('SUMMARY')} has no DISPLAY alarm"
    print(f"ics ok: {len(events)} events, each with a DISPLAY alarm")

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("fhir", "ics"):
        print(__doc__)
        sys.exit(2)
    {"fhir": fhir, "ics": ics}[sys.argv[1]](sys.argv[2])
