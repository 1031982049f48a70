# syntax=docker/dockerfile:1
# Servelink's image (decision 99): built from the sources with the wrapper's pinned Maven on a
# JDK, run on a JRE as an unprivileged user with the small-node JVM flags the README measures.

# --- build: the runnable jar; the tests run in CI (./mvnw -B verify), not in the image build
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package

# --- runtime: the JRE and the jar, nothing else
FROM eclipse-temurin:17-jre AS runtime
RUN groupadd --system --gid 10001 servelink \
 && useradd --system --uid 10001 --gid servelink --home-dir /app --no-create-home --shell /usr/sbin/nologin servelink \
 && mkdir -p /app/data && chown servelink:servelink /app/data
WORKDIR /app
COPY --from=build /src/bootstrap/target/servelink.jar /app/servelink.jar
USER servelink
# listen on every interface of the container; one native allocation arena per two cores' worth
ENV SERVELINK_HTTP_HOST=0.0.0.0 \
    SERVELINK_HTTP_PORT=8000 \
    MALLOC_ARENA_MAX=2
EXPOSE 8000
# the embedded H2 default keeps its files here; on PostgreSQL nothing is written
VOLUME /app/data
# exec form: java is PID 1 and gets the SIGTERM that drains requests in flight
ENTRYPOINT ["java", "-Xmx192m", "-Xms32m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m", \
            "-XX:MaxMetaspaceSize=100m", "-Xss256k", "-XX:MaxDirectMemorySize=16m", \
            "-jar", "/app/servelink.jar"]
