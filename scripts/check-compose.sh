#!/usr/bin/env bash
# There is no Docker engine on our machines, so docker-compose.yml is checked by construction: it must parse, hold
# the services of the design, build from Dockerfiles that exist, mount files that exist, and configure every
# service by environment only.
set -euo pipefail
cd "$(dirname "$0")/.."

python=python3
if ! "$python" -c 'import yaml' 2>/dev/null; then
  if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import yaml' 2>/dev/null; then
    python=/usr/bin/python3
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null) >&2
    python=/usr/bin/python3
  else
    echo "check-compose: PyYAML is missing (Debian package python3-yaml)." >&2
    exit 1
  fi
fi

"$python" - <<'PY'
import os, sys, yaml

with open("docker-compose.yml", encoding="utf-8") as f:
    compose = yaml.safe_load(f)

errors = []
services = compose.get("services") or {}
for name in ["postgres", "simulator", "silo1", "silo2", "gateway1", "gateway2", "lb"]:
    if name not in services:
        errors.append(f"service '{name}' is missing")

for name, service in services.items():
    build = service.get("build")
    if build:
        context = build.get("context", ".") if isinstance(build, dict) else build
        dockerfile = build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile"
        path = os.path.join(context, dockerfile)
        if not os.path.isfile(path):
            errors.append(f"{name}: Dockerfile {path} does not exist")
        else:
            text = open(path, encoding="utf-8").read()
            if "mcr.microsoft.com/dotnet/aspnet:10.0" not in text or text.count("FROM ") < 2:
                errors.append(f"{name}: {path} is not a multi-stage build on mcr.microsoft.com/dotnet/aspnet:10.0")
            for line in text.splitlines():
                if line.startswith("RUN dotnet publish "):
                    project = line.split()[3]
                    if not os.path.isfile(os.path.join(context, project)):
                        errors.append(f"{name}: {path} publishes {project}, which does not exist")
    elif "image" not in service:
        errors.append(f"{name}: neither build nor image")
    for volume in service.get("volumes", []) or []:
        source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
        if source.startswith(".") and not os.path.exists(source):
            errors.append(f"{name}: mounted path {source} does not exist")
    if "env_file" in service:
        errors.append(f"{name}: configure by environment, not env_file")

for name in ["silo1", "silo2", "gateway1", "gateway2"]:
    env = (services.get(name) or {}).get("environment") or {}
    for key in ["ConnectionStrings__Orleans", "Orleans__ClusterId", "Orleans__ServiceId"]:
        if key not in env:
            errors.append(f"{name}: environment lacks {key}")

for name in ["silo1", "silo2"]:
    env = (services.get(name) or {}).get("environment") or {}
    for key in ["Security__EncryptionKey", "SmartStore__BaseUrl", "Orleans__SiloPort", "Orleans__GatewayPort"]:
        if key not in env:
            errors.append(f"{name}: environment lacks {key}")

if "healthcheck" not in (services.get("postgres") or {}):
    errors.append("postgres has no healthcheck")
for name in ["silo1", "silo2", "gateway1", "gateway2"]:
    depends = (services.get(name) or {}).get("depends_on") or {}
    if not isinstance(depends, dict) or depends.get("postgres", {}).get("condition") != "service_healthy":
        errors.append(f"{name}: must wait for a healthy postgres")

nginx = open("deploy/nginx.conf", encoding="utf-8").read()
for needle in ["gateway1:8080", "gateway2:8080", "Upgrade", "proxy_http_version 1.1"]:
    if needle not in nginx:
        errors.append(f"deploy/nginx.conf lacks {needle!r} (WebSockets must pass through to both gateways)")

if errors:
    print("docker-compose.yml check failed:")
    for error in errors:
        print("  - " + error)
    sys.exit(1)
print(f"docker-compose.yml: {len(services)} services, Dockerfiles and mounts present.")
PY
