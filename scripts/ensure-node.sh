# Sourced, not executed: puts Node 24 first on PATH, installing it from the npm registry
# when the machine's own node is older (the machines here ship Node 20).
required_major=24
node_home="${CONTENTFLOW_NODE_HOME:-$HOME/.cache/contentflow/node${required_major}}"
current_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$current_major" -lt "$required_major" ]; then
  if [ ! -x "$node_home/bin/node" ]; then
    echo "Installing Node ${required_major} into $node_home (from the npm registry)"
    (cd / && npm install --global --prefix "$node_home" "node@${required_major}" >/dev/null 2>&1)
  fi
  export PATH="$node_home/bin:$PATH"
fi
echo "Using node $(node --version)"
