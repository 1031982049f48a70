"""The peer a user would otherwise run: the seed's own stack (FastAPI + SQLAlchemy + uvicorn) serving
GET /api/resources/{team_slug}/limits on Servelink's own schema, doing the same work per request:
bearer token by its SHA-256 (remembered 10 s, as the Java server does), membership with team and plan,
the active add-on sums, the same JSON. Written as a FastAPI developer would write it, no tricks.

Run against the database that scripts/load-test.sh seeds (servelink_load), from this folder:
  DATABASE_URL=postgresql+psycopg2://postgres@127.0.0.1:5432/servelink_load \
    /usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port 8092 --no-access-log --log-level warning
then `wrk -t2 -c64 -d20s --latency -s ../../limits.lua http://127.0.0.1:8092`
(the same wrk script as the Java server's limits run). Debian packages: python3-fastapi,
python3-uvicorn, python3-sqlalchemy, python3-psycopg2.
"""
import hashlib
import os
import time
from decimal import Decimal

from fastapi import FastAPI, Header, HTTPException
from sqlalchemy import create_engine, text

engine = create_engine(
    os.environ.get("DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/servelink_load"),
    pool_size=int(os.environ.get("POOL_SIZE", "8")),
    max_overflow=0,
)
TOKEN = text("SELECT u.id FROM app_user u JOIN api_token t ON t.user_id = u.id WHERE t.token_hash = :h")
MEMBER = text("SELECT t.id, t.plan, m.role FROM team t JOIN team_membership m ON m.team_id = t.id "
              "WHERE t.slug = :slug AND m.user_id = :uid")
SUMS = text("SELECT resource_type, sum(quantity) FROM additional_resource "
            "WHERE team_id = :tid AND status = 'active' AND expires_at > now() GROUP BY resource_type")
PLANS = {
    "free": {"cpu_cores": Decimal("0.3"), "memory_mb": 100, "traffic_gb": 5, "storage_mb": 100},
    "pro": {"cpu_cores": Decimal("4.0"), "memory_mb": 6144, "traffic_gb": 10, "storage_mb": 10240},
}
UNIT = {"ram": 500, "cpu": 1, "traffic": 10, "storage": 10}
_tokens = {}

app = FastAPI()


def user_of(authorization):
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token")
    h = hashlib.sha256(authorization[7:].encode()).hexdigest()
    hit = _tokens.get(h)
    now = time.monotonic()
    if hit and hit[1] > now:
        return hit[0]
    with engine.connect() as c:
        row = c.execute(TOKEN, {"h": h}).first()
    if not row:
        raise HTTPException(401, "bad token")
    _tokens[h] = (row[0], now + 10)
    return row[0]


@app.get("/api/resources/{team_slug}/limits")
def limits(team_slug: str, authorization: str = Header(None)):
    uid = user_of(authorization)
    with engine.connect() as c:
        team = c.execute(MEMBER, {"slug": team_slug, "uid": uid}).first()
        if not team:
            raise HTTPException(404, "team not found")
        sums = {r[0]: int(r[1]) for r in c.execute(SUMS, {"tid": team[0]})}
    plan = PLANS[team[1]]
    extra = {
        "ram_mb": sums.get("ram", 0) * UNIT["ram"],
        "cpu_cores": sums.get("cpu", 0) * UNIT["cpu"],
        "traffic_gb": sums.get("traffic", 0) * UNIT["traffic"],
        "storage_gb": sums.get("storage", 0) * UNIT["storage"],
    }
    return {
        "cpu_cores": float(plan["cpu_cores"] + extra["cpu_cores"]),
        "memory_mb": plan["memory_mb"] + extra["ram_mb"],
        "traffic_gb": plan["traffic_gb"] + extra["traffic_gb"],
        "storage_mb": plan["storage_mb"] + extra["storage_gb"] * 1024,
        "plan_limits": {k: float(v) if k == "cpu_cores" else v for k, v in plan.items()},
        "additional_resources": {**extra, "cpu_cores": float(extra["cpu_cores"])},
    }
