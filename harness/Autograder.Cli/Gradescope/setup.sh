#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu). It installs what
# the grader needs: the .NET 10 runtime, with Microsoft's dotnet-install script, the libraries .NET
# uses, and bubblewrap, the sandbox each submission's code runs in.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends bubblewrap ca-certificates curl libicu-dev libssl-dev zlib1g

curl -sSL --retry 3 https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --runtime dotnet --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
rm /tmp/dotnet-install.sh

dotnet --list-runtimes
chmod +x "$(dirname "$0")/run_autograder"
