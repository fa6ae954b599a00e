# Sourced by the postgres image's entrypoint from /docker-entrypoint-initdb.d, once, when the
# data directory is new. Creates Barback's login (Secret barback-postgres, passed in as
# BARBACK_DB_USER/BARBACK_DB_PASSWORD) with REPLICATION, so Debezium can open a logical slot,
# and makes it the database's owner, so Flyway can create the tables and Debezium the
# publication on them. The superuser stays for the operator alone.
# It never runs again: change the password later with ALTER ROLE. If it fails, the volume is
# left half made: delete the PVC and start again.
if [ -z "${BARBACK_DB_USER:-}" ] || [ -z "${BARBACK_DB_PASSWORD:-}" ]; then
	echo >&2 "10-barback-user.sh: BARBACK_DB_USER and BARBACK_DB_PASSWORD must be set"
	exit 1
fi
if [ "$BARBACK_DB_USER" = "$POSTGRES_USER" ]; then
	echo >&2 "10-barback-user.sh: Barback's user must not be the superuser $POSTGRES_USER"
	exit 1
fi
# psql variables, so a password with quotes in it is still one literal
docker_process_sql --set=app_user="$BARBACK_DB_USER" --set=app_password="$BARBACK_DB_PASSWORD" \
	--set=db="$POSTGRES_DB" <<'EOSQL'
CREATE ROLE :"app_user" LOGIN REPLICATION PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO :"app_user";
EOSQL
