# Barback image: Barback itself (`java -jar barback.jar`) or, with the argument
# `textract-server ...`, only the offline Textract-compatible endpoint.
# docker-compose.yml passes both image tags from .env; the defaults are the same versions.
ARG MAVEN_IMAGE=maven:3.9.16-eclipse-temurin-17-noble
ARG JRE_IMAGE=eclipse-temurin:17.0.20_8-jre-noble
# Vite 7 needs Node.js 20.19 or 22.12 and later
ARG NODE_IMAGE=node:22.14-bookworm-slim

# --- the dashboard: src/main/frontend built by Vite into static files --------------------
FROM ${NODE_IMAGE} AS frontend
WORKDIR /frontend
COPY src/main/frontend/package.json src/main/frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/main/frontend ./
RUN npx vite build --outDir /frontend/dist --emptyOutDir

# --- build: the Spring Boot fat jar ---------------------------------------------------
FROM ${MAVEN_IMAGE} AS build
WORKDIR /build
# Dependencies first, in their own layer: editing src/ does not download them again
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src/main ./src/main
# The dashboard comes from the Node stage, so Maven does not build it again (frontend.skip)
COPY --from=frontend /frontend/dist ./target/classes/static
# No test runs or test compilation here: no plugin in the pom needs test classes
RUN mvn -B -Dmaven.test.skip=true -Dfrontend.skip=true package \
 && mv target/barback-*.jar target/barback.jar

# --- runtime: glibc, because the Tesseract/Leptonica natives (JavaCPP) are built for it -
FROM ${JRE_IMAGE}
# The compose healthchecks call curl, which the Temurin Ubuntu images ship: fail the build,
# not the healthcheck, if that ever changes
RUN command -v curl > /dev/null \
 && groupadd --system --gid 10001 barback \
 && useradd --system --uid 10001 --gid barback --create-home --home-dir /home/barback \
      --shell /usr/sbin/nologin barback
WORKDIR /app
# Owned by root: the app reads its jar and routes but cannot change them
COPY --from=build /build/target/barback.jar /app/barback.jar
# Default routes; docker-compose.yml mounts ./routes over them
COPY routes/ /app/routes/
# JavaCPP unpacks the OCR natives and tessdata under /tmp, so /tmp must stay writable. The parallel
# collector: on two cores it leaves the pipeline a fifth more sales a second than G1 (docs/benchmarks.md)
ENV JAVA_TOOL_OPTIONS="-XX:+UseParallelGC -XX:MaxRAMPercentage=70 -Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp"
USER 10001:10001
EXPOSE 8080 4566
# exec form with no shell: arguments from `command:` reach Barback, SIGTERM reaches the JVM
ENTRYPOINT ["java", "-jar", "/app/barback.jar"]
