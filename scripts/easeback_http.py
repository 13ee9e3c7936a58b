"""What the scripts that drive a running Easeback share: a small JSON
client that keeps a signed-in session, a free loopback port, and starting
`easeback serve` until it answers /healthz."""
import http.client, json, os, socket, subprocess, time


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

class Client:
    """`source`: the loopback address to send from (127.0.0.0/8 is all
    loopback), so a proxy that keeps each client on one server sees several."""
    def __init__(self, port, source=None):
        self.port, self.cookie, self.csrf, self.source = port, None, None, source
    def req(self, method, path, body=None, timeout=5):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout,
                                       source_address=(self.source, 0) if self.source else None)
        h = {"Content-Type": "application/json"}
        if self.cookie:
            h["Cookie"] = self.cookie; h["X-CSRF-Token"] = self.csrf
        c.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
        r = c.getresponse(); data = r.read(); cookie = r.getheader("Set-Cookie"); c.close()
        return r.status, data, cookie
    def login(self, email, pw, create):
        if create:
            self.req("POST", "/api/v1/accounts", {"email": email, "password": pw})
        s, data, cookie = self.req("POST", "/api/v1/login", {"email": email, "password": pw})
        assert s == 200, (s, data)
        self.cookie = cookie.split(";")[0]; self.csrf = json.loads(data)["csrf_token"]

def start(binary, port, db, env=None):
    p = subprocess.Popen([binary, "serve", "--addr", f"127.0.0.1:{port}", "--db", db],
                         stdout=subprocess.DEVNULL, stderr=None if os.environ.get("EASEBACK_SHOW_LOG") else subprocess.DEVNULL,
                         env={**os.environ, **(env or {})})
    if answers(port):
        return p
    raise SystemExit("server did not start")


def answers(port, seconds=5.0):
    """Whether /healthz on `port` answers 200 within `seconds` (polled)."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        try:
            if Client(port).req("GET", "/healthz", timeout=1)[0] == 200:
                return True
        except OSError:
            time.sleep(0.025)
    return False



PG_BASE = os.environ.get("EASEBACK_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")

def pg_schema(prefix):
    """A fresh PostgreSQL schema and the database URL that puts the server in it."""
    schema = f"{prefix}_{os.getpid()}"
    subprocess.run(["psql", PG_BASE, "-qc", f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"], check=True)
    return schema, f"{PG_BASE}?options=-c%20search_path%3D{schema}"

def pg_entry_ids(schema):
    """The ids of every diary entry stored in `schema`, read straight from the database."""
    out = subprocess.run(["psql", PG_BASE, "-qAtc", f"SELECT id FROM {schema}.diary_entries"],
                         check=True, capture_output=True, text=True).stdout
    return set(out.split())

def pg_drop(schema):
    subprocess.run(["psql", PG_BASE, "-qc", f"DROP SCHEMA {schema} CASCADE"], check=False)
