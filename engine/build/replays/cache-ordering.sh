# Cache ordering with python:3.9-slim: edit sample.py and rebuild both
# Dockerfiles. Replay with:
#   npm run --silent sim -- --script engine/build/replays/cache-ordering.sh
mkdir -p prima dopo
echo 'flask==3.0.3' > prima/requirements.txt
echo 'print("ciao")' > prima/sample.py
echo 'FROM python:3.9-slim' > prima/Dockerfile
echo 'WORKDIR /app' >> prima/Dockerfile
echo 'COPY sample.py .' >> prima/Dockerfile
echo 'COPY requirements.txt .' >> prima/Dockerfile
echo 'RUN pip install --no-cache-dir -r requirements.txt' >> prima/Dockerfile
echo 'flask==3.0.3' > dopo/requirements.txt
echo 'print("ciao")' > dopo/sample.py
echo 'FROM python:3.9-slim' > dopo/Dockerfile
echo 'WORKDIR /app' >> dopo/Dockerfile
echo 'COPY requirements.txt .' >> dopo/Dockerfile
echo 'RUN pip install --no-cache-dir -r requirements.txt' >> dopo/Dockerfile
echo 'COPY sample.py .' >> dopo/Dockerfile
docker build -t prima prima
docker build -t dopo dopo
echo 'print("ciao di nuovo")' > prima/sample.py
echo 'print("ciao di nuovo")' > dopo/sample.py
docker build -t prima prima
docker build -t dopo dopo
docker images
docker history dopo
