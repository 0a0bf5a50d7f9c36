#!/usr/bin/env bash
# The run command. On a fresh clone it builds, starts a local PostgreSQL (unless ConnectionStrings__Orleans is
# set), the SmartStore simulator with generated demo orders and demo data seeded by the silos (unless
# SmartStore__BaseUrl is set), one silo and one gateway, prints the gateway URL, and stops everything it started on
# Ctrl-C.
#   ./run.sh            the whole system
#   ./run.sh silo N     one more silo (N = 2, 3, ...) joining the cluster that ./run.sh started
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
state=.data
mkdir -p "$state/logs"

pids=()
started_pg=""
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$started_pg" ] && scripts/postgres.sh stop "$started_pg"
  echo "Stopped."
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_http() { # url seconds what
  local i
  for ((i = 0; i < $2 * 4; i++)); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "$3 did not become ready at $1 within $2 s; see $state/logs/." >&2
  return 1
}

start() { # name project [env...]: runs the built project from its output folder (where its appsettings.json is)
  local name=$1 project=$2
  shift 2
  ( cd "$root/$project/bin/Release/net10.0" && exec env "$@" dotnet "$project.dll" ) >"$state/logs/$name.log" 2>&1 &
  pids+=($!)
}

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_ENVIRONMENT=$ASPNETCORE_ENVIRONMENT

if [ "${1:-}" = silo ]; then
  n=${2:?usage: ./run.sh silo N (N = 2, 3, ...)}
  [ -f "$state/run.env" ] || { echo "Start the system with ./run.sh first." >&2; exit 1; }
  set -a; . "$state/run.env"; set +a
  trap cleanup INT TERM EXIT
  start "silo$n" Silo Orleans__SiloPort=$((11110 + n)) Orleans__GatewayPort=$((29999 + n)) Urls="http://127.0.0.1:$((8080 + n))"
  wait_http "http://127.0.0.1:$((8080 + n))/health/ready" 90 "silo $n"
  echo "Silo $n joined the cluster (silo port $((11110 + n)), gateway port $((29999 + n)), health http://127.0.0.1:$((8080 + n))/health/ready). Ctrl-C stops it."
  wait
  exit 0
fi

echo "Building..."
dotnet build OnChannelOrleans.sln -c Release -nologo -v quiet -clp:ErrorsOnly

trap cleanup INT TERM EXIT

# Development secrets are generated once and kept, so that encrypted data stays readable across restarts.
if [ ! -f "$state/dev-secrets.env" ]; then
  python3 - >"$state/dev-secrets.env" <<'PY'
import base64, os, random, string
alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
salt = "$2a$04$" + "".join(random.SystemRandom().choice(alphabet) for _ in range(22))
print("Security__SigningKey=" + base64.b64encode(os.urandom(32)).decode())
print("Security__EncryptionKey=" + base64.b64encode(os.urandom(32)).decode())
print("Operator__LoginId=operator")
print("Operator__Password=" + base64.urlsafe_b64encode(os.urandom(12)).decode())
print("SimPlatformSecret='" + salt + "'")
print("Demo__Password=demo-" + base64.urlsafe_b64encode(os.urandom(6)).decode())
PY
fi
set -a; . "$state/dev-secrets.env"; set +a
# Secrets files of older runs lack the demo password: add one (the gateway's demo accounts use it).
if [ -z "${Demo__Password:-}" ]; then
  Demo__Password="demo-$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(6)).decode())')"
  echo "Demo__Password=$Demo__Password" >>"$state/dev-secrets.env"
  export Demo__Password
fi

if [ -z "${ConnectionStrings__Orleans:-}" ]; then
  echo "Starting PostgreSQL..."
  ConnectionStrings__Orleans=$(scripts/postgres.sh start "$state/pg" | tail -n 1)
  started_pg="$state/pg"
fi
export ConnectionStrings__Orleans

if [ -z "${SmartStore__BaseUrl:-}" ]; then
  sim_port=$(free_port)
  export SmartStore__BaseUrl="http://127.0.0.1:$sim_port"
  export SmartStore__ClientId=onchannel-platform
  export SmartStore__ClientSecret="$SimPlatformSecret"
  # Demo data: the silos seed the demo catalog and sellers demo1..N for the generator's N accounts, with auto
  # collection every 15 s so that collected orders show up quickly.
  export Demo__Enabled=${Demo__Enabled:-true} Demo__Sellers=${Demo__Sellers:-3}
  export Collection__AutoCollectPeriod=${Collection__AutoCollectPeriod:-00:00:15}
  echo "Starting the SmartStore simulator..."
  start simulator SmartStoreSimulator Urls="$SmartStore__BaseUrl" \
    Simulator__PlatformClientId="$SmartStore__ClientId" Simulator__PlatformClientSecret="$SmartStore__ClientSecret" \
    Simulator__Generator__Enabled=true Simulator__Generator__Sellers="$Demo__Sellers"
  wait_http "$SmartStore__BaseUrl/_sim/generator" 60 "SmartStore simulator"
fi

export Orleans__ClusterId=${Orleans__ClusterId:-onchannel} Orleans__ServiceId=${Orleans__ServiceId:-onchannel}
export Orleans__AdvertisedIP=${Orleans__AdvertisedIP:-127.0.0.1}
gateway_port=${GATEWAY_PORT:-8080}

# What a second silo needs to join (./run.sh silo 2).
{
  echo "ConnectionStrings__Orleans='$ConnectionStrings__Orleans'"
  echo "SmartStore__BaseUrl='$SmartStore__BaseUrl'"
  echo "SmartStore__ClientId='${SmartStore__ClientId:-}'"
  echo "SmartStore__ClientSecret='${SmartStore__ClientSecret:-}'"
  echo "Orleans__ClusterId='$Orleans__ClusterId'"
  echo "Orleans__ServiceId='$Orleans__ServiceId'"
  echo "Orleans__AdvertisedIP='$Orleans__AdvertisedIP'"
  for key in Demo__Enabled Demo__Sellers Collection__AutoCollectPeriod; do
    if [ -n "${!key:-}" ]; then echo "$key='${!key}'"; fi
  done
} >"$state/run.env"

echo "Starting silo 1..."
start silo1 Silo Orleans__SiloPort=11111 Orleans__GatewayPort=30000 Urls=http://127.0.0.1:8081
wait_http http://127.0.0.1:8081/health/ready 120 "silo 1"

echo "Starting the gateway..."
start gateway WebGateway Urls="http://127.0.0.1:$gateway_port" Demo__Enabled="${Demo__Enabled:-false}" \
  Demo__Sellers="${Demo__Sellers:-3}" Demo__Password="$Demo__Password"
wait_http "http://127.0.0.1:$gateway_port/health/ready" 120 "gateway"

demo="off (Demo__Enabled=true seeds it)"
logins=""
if [ "${Demo__Enabled:-}" = true ]; then
  demo="sellers demo1..demo${Demo__Sellers:-3}, auto collection every ${Collection__AutoCollectPeriod:-00:01:00}"
  logins="
  Dashboard:   http://127.0.0.1:$gateway_port/   (log in as one of these)
  Sellers:     demo1..demo${Demo__Sellers:-3} / $Demo__Password   (1,000,000 points each, SmartStore registered)
  Suppliers:   demo-supplier-living, demo-supplier-farm, demo-supplier-wear, ... / $Demo__Password"
fi

cat <<MSG

OnChannel Orleans is running.
  Gateway:     http://127.0.0.1:$gateway_port   (health: /health/live, /health/ready)
  Operator:    $Operator__LoginId / $Operator__Password${logins:-}
  SmartStore:  $SmartStore__BaseUrl
  Demo data:   $demo
  PostgreSQL:  $ConnectionStrings__Orleans
  Logs:        $state/logs/
Another silo: ./run.sh silo 2     Stop: Ctrl-C
MSG
wait
