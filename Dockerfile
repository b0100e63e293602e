# Build stage: the Maven wrapper pins Maven 3.9.11; dependencies are fetched before the sources are copied so that
# they stay cached while only code changes. The database kind is fixed at build time (Quarkus builds the datasource
# into the application): h2, or postgresql with --build-arg DB_KIND=postgresql.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY seed-data seed-data
# Declared only here: a different DB_KIND then reuses the cached dependencies.
ARG DB_KIND=h2
# The aot-jar layout puts every class on the JDK's own class path, which the JVM's AOT cache (below) needs: it cannot
# cache classes of Quarkus' own fast-jar class loader.
RUN ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND} -Dquarkus.package.jar.type=aot-jar

# Runtime stage: JRE only, non-root, H2 data in a volume. A PostgreSQL build leaves the volume empty and takes its
# database from QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD in the environment. The service is compiled for
# Java 17 (the project's JDK) and runs on Java 25 for its AOT cache (JEP 483/514/515).
FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app tracker \
    && mkdir -p /app/data \
    && chown -R tracker /app
WORKDIR /app
COPY --from=build --chown=tracker /build/target/quarkus-app/ /app/
USER tracker
# Serial GC and a bounded heap: a service of a few requests a second on one or two cores; 256 MB holds the XLSX and PDF
# export of a 5 000-measure plan (bench/RESULTS.md). The training start below runs with the same options, so that the
# cache it writes fits every start.
ENV JVM_OPTS="-XX:+UseSerialGC -Xms32m -Xmx256m -XX:ReservedCodeCacheSize=64m -Xss512k"
# AOT cache: a training start records the classes the service loads and links, and how its methods were used; the JVM
# writes the cache as it exits and every later start maps it instead of loading, verifying and profiling again (ready
# in 3 s instead of 4.5 s with Java 17's class-data archive: docs/operations.md). It must be made by this image's JVM
# from these very jars, hence here.
# An H2 image starts fully on a throwaway database, serves a few pages and API calls, and is stopped; a PostgreSQL
# image has no database here, fails to connect and exits, having loaded most of the same classes.
RUN cd /tmp \
    && (QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:/tmp/training/tracker" \
        TRACKER_BOOTSTRAP_ADMIN_PASSWORD=training-only-password \
        java $JVM_OPTS -XX:AOTCacheOutput=/app/app.aot -jar /app/quarkus-run.jar > /tmp/training.log 2>&1 & \
        pid=$!; \
        for _ in $(seq 1 120); do \
            curl -fs -o /dev/null http://127.0.0.1:8080/q/health/ready && break; \
            kill -0 "$pid" 2>/dev/null || break; \
            sleep 1; \
        done; \
        for path in /plans /plans/cybersecurity-2019-2023 /sign-in /api/v1/plans/cybersecurity-2019-2023 \
                /q/metrics; do \
            curl -s -o /dev/null "http://127.0.0.1:8080$path"; \
        done; \
        kill -TERM "$pid" 2>/dev/null; wait "$pid"; true) \
    && test -s /app/app.aot \
    && rm -rf /tmp/training /tmp/training.log
VOLUME /app/data
EXPOSE 8080
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0 -XX:AOTCache=/app/app.aot"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JVM_OPTS -jar /app/quarkus-run.jar"]
