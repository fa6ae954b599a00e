#!/bin/bash
# Initiates replica set rs0 with every StatefulSet member once all of them answer. Does
# nothing when rs0 is already initiated, so running it again is harmless. Members added
# later (more replicas) need rs.add() by hand: this only initiates.
set -euo pipefail

members=()
for ((i = 0; i < MONGO_MEMBERS; i++)); do
  # <pod>.<headless service>.<namespace>.svc: the resolver adds the cluster domain, so it is not hard-coded
  members+=("mongo-$i.mongo.$POD_NAMESPACE.svc:27017")
done

for host in "${members[@]}"; do
  for ((try = 1; ; try++)); do
    if mongosh --quiet --host "$host" --eval 'db.adminCommand({ ping: 1 }).ok' >/dev/null 2>&1; then
      break
    fi
    if ((try == 60)); then
      echo "$host did not answer in 5 minutes" >&2
      exit 1
    fi
    sleep 5
  done
done

MEMBERS="${members[*]}" mongosh --quiet --host "${members[0]}" --eval '
  const hosts = process.env.MEMBERS.split(" ");
  try {
    rs.status();
    print("rs0 is already initiated");
  } catch (e) {
    if (e.codeName !== "NotYetInitialized") throw e;
    rs.initiate({ _id: "rs0", members: hosts.map((host, i) => ({ _id: i, host: host })) });
    print("rs0 initiated with " + hosts.join(", "));
  }'
